package bankcore.api.json;

import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Text fields take a JSON string only, where Serde would turn {@code 12345678} or {@code ["p"]} into one.
 * The exception is {@code amount}, which the contract lets be a JSON number or a decimal string, and nothing
 * else (not {@code [5]}, {@code true} or an object): it is read as Serde reads a string, which hands over a
 * number's exact text, so no double ever holds an amount.
 */
@Singleton
final class StrictTextDeserializer implements Deserializer<String> {

    /** The one text property that also takes a JSON number. */
    private static final String AMOUNT = "amount";

    @Override
    public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type)
            throws IOException {
        String pointer = DecoderPosition.pointer(decoder);
        if (AMOUNT.equals(type.getName())) {
            JsonToken next = DecoderPosition.next(decoder);
            if (next == JsonToken.VALUE_STRING || next == JsonToken.VALUE_NUMBER_INT
                    || next == JsonToken.VALUE_NUMBER_FLOAT) {
                return decoder.decodeString();
            }
            throw DecoderPosition.refusal(decoder, pointer,
                    "must be a JSON number or a decimal string, such as 25.50 or \"25.50\"");
        }
        JsonNode value = decoder.decodeNode();
        if (value.isString()) {
            return value.getStringValue();
        }
        throw DecoderPosition.refusal(decoder, pointer, "must be a JSON string");
    }
}
