package bankcore.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.jackson.JacksonDecoder;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Where Serde's Jackson decoder stands: the kind of the value it is about to read, and that value's place in the
 * body as a JSON Pointer. The decoder knows both (it peeks before every value; its parser tracks the path) but
 * publishes neither, and no public call both tells a value's kind and keeps a number's exact text:
 * {@code decodeString} takes {@code [5]} for {@code "5"}, {@code decodeNode} reads {@code 0.1} into a double.
 * So both are looked up once, here; a Serde that renamed them fails this class's initialisation, which every
 * strict-input test would show. Request bodies are read by that decoder alone.
 */
final class DecoderPosition {

    private static final MethodHandles.Lookup DECODER = lookup();
    private static final MethodHandle PEEK = handle(() -> DECODER.findVirtual(JacksonDecoder.class, "peekToken",
            MethodType.methodType(JsonToken.class)));
    private static final MethodHandle PARSER = handle(() -> DECODER.findGetter(JacksonDecoder.class, "parser",
            JsonParser.class));

    private DecoderPosition() {
    }

    /** The token of the next value, not yet read. */
    static JsonToken next(Decoder decoder) throws IOException {
        try {
            return (JsonToken) PEEK.invokeExact((JacksonDecoder) decoder);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot peek at the next JSON token", e);
        }
    }

    /** Where the next value is, as an RFC 6901 JSON Pointer (call it before reading the value). */
    static String pointer(Decoder decoder) {
        try {
            JsonParser parser = (JsonParser) PARSER.invokeExact((JacksonDecoder) decoder);
            return parser.getParsingContext().pathAsPointer().toString();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read the decoder's position", e);
        }
    }

    /** A refusal of the value at the decoder's position, which the problem handlers turn into a field problem. */
    static IOException refusal(Decoder decoder, String pointer, String rule) {
        return decoder.createDeserializationException(FieldPosition.nameAt(pointer) + " " + rule,
                new FieldPosition(pointer, rule));
    }

    private interface Lookup {
        MethodHandle find() throws ReflectiveOperationException;
    }

    private static MethodHandles.Lookup lookup() {
        try {
            return MethodHandles.privateLookupIn(JacksonDecoder.class, MethodHandles.lookup());
        } catch (IllegalAccessException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static MethodHandle handle(Lookup lookup) {
        try {
            return lookup.find();
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
