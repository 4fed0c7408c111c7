package bankcore.api.json;

import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Every {@code Long} in a request body is an id, and an id is a JSON integer: not {@code true}, not
 * {@code "3"} or {@code "\u0663"} (an Arabic-Indic three), not {@code 3.0}, {@code 3e0} or {@code [3]}, all of
 * which Serde would otherwise turn into a number, so that money went to an account nobody named.
 */
@Singleton
final class StrictIdDeserializer implements Deserializer<Long> {

    @Override
    public Long deserialize(Decoder decoder, DecoderContext context, Argument<? super Long> type) throws IOException {
        String pointer = DecoderPosition.pointer(decoder);
        JsonNode value = decoder.decodeNode();
        if (value.isNumber()) {
            Number number = value.getNumberValue();
            if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
                return number.longValue();
            }
        }
        throw DecoderPosition.refusal(decoder, pointer, "must be a JSON integer, such as 42");
    }
}
