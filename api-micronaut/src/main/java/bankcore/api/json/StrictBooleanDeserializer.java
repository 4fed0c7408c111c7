package bankcore.api.json;

import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * A flag in a request body is {@code true} or {@code false}: Serde would read {@code "yes"} as false, so that
 * {@code "atomic": "yes"} ran a batch item by item.
 */
@Singleton
final class StrictBooleanDeserializer implements Deserializer<Boolean> {

    @Override
    public Boolean deserialize(Decoder decoder, DecoderContext context, Argument<? super Boolean> type)
            throws IOException {
        String pointer = DecoderPosition.pointer(decoder);
        JsonNode value = decoder.decodeNode();
        if (value.isBoolean()) {
            return value.getBooleanValue();
        }
        throw DecoderPosition.refusal(decoder, pointer, "must be true or false");
    }
}
