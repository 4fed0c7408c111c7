package bankcore.api.problem;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.Optional;

/**
 * Finds where in a request body a decoding failure happened, as an RFC 6901 JSON Pointer ({@code ""} is the
 * whole body). Serde's failures say where the parser stood (line and column) or which property they are
 * about, but not the path; reading the body again with a streaming parser up to that place gives it.
 */
final class BodyPointer {

    private static final JsonFactory JSON = new JsonFactory();

    private BodyPointer() {
    }

    /** The value whose token ends at or after {@code line}:{@code column} (1-based), or the whole body. */
    static String atLocation(byte[] body, int line, int column) {
        return scan(body, (parser, token) -> {
            parser.finishToken(); // a string is read lazily: its end is known only once it is read
            JsonLocation end = parser.currentLocation();
            return end.getLineNr() > line || end.getLineNr() == line && end.getColumnNr() >= column;
        });
    }

    /** The {@code occurrence}-th (from 1) property named {@code name} anywhere in the body, or the whole body. */
    static String atProperty(byte[] body, String name, int occurrence) {
        int[] seen = {0};
        return scan(body, (parser, token) -> token == JsonToken.FIELD_NAME && name.equals(parser.currentName())
                && ++seen[0] == occurrence);
    }

    private interface Stop {
        boolean at(JsonParser parser, JsonToken token) throws IOException;
    }

    private static String scan(byte[] body, Stop stop) {
        try (JsonParser parser = JSON.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (stop.at(parser, token)) {
                    return pointerOf(parser, token);
                }
            }
        } catch (IOException unreadable) {
            // The body is broken past the place looked for: the pointer stays the whole body.
        }
        return "";
    }

    /** A container's own path is its parent's; a scalar's and a property name's are where the parser stands. */
    private static String pointerOf(JsonParser parser, JsonToken token) {
        JsonStreamContext context = parser.getParsingContext();
        if (token.isStructStart()) {
            context = Optional.ofNullable(context.getParent()).orElse(context);
        }
        return context.pathAsPointer().toString();
    }
}
