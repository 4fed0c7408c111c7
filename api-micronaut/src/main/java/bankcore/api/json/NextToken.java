package bankcore.api.json;

import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.jackson.JacksonDecoder;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The kind of the value a decoder is about to read, without reading it. Serde's Jackson decoder knows it (it
 * peeks itself before every value) but does not publish it, and no public call both tells the kind and keeps
 * a number's exact text: {@code decodeString} takes {@code [5]} for {@code "5"}, {@code decodeNode} and
 * {@code decodeNumber} read {@code 0.1} into a double. So the peek is looked up once, here; a Serde that renamed
 * it fails this class's initialisation, which every amount test would show.
 */
final class NextToken {

    private static final MethodHandle PEEK = peekHandle();

    private NextToken() {
    }

    /** The next token; request bodies are read by Serde's Jackson decoder, so no other decoder comes here. */
    static JsonToken of(Decoder decoder) throws IOException {
        JacksonDecoder jackson = (JacksonDecoder) decoder;
        try {
            return (JsonToken) PEEK.invokeExact(jackson);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot peek at the next JSON token", e);
        }
    }

    private static MethodHandle peekHandle() {
        try {
            return MethodHandles.privateLookupIn(JacksonDecoder.class, MethodHandles.lookup())
                    .findVirtual(JacksonDecoder.class, "peekToken", MethodType.methodType(JsonToken.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
