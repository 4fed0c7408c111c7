package bankcore.api.problem;

import bankcore.api.json.FieldPosition;
import com.fasterxml.jackson.core.JsonParseException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.body.AvailableByteBody;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.serde.exceptions.InvalidFormatException;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what a body that could not be bound was: JSON that does not parse (400) or JSON of the wrong
 * shape, such as a wrong type or an unknown field (422, like any other validation failure). A 422 points at the
 * field (a JSON Pointer into the body) and says what is wrong in the API's words: Serde's own messages name Java
 * types and parser tokens, so only the bankcore deserializers' messages are passed on as they are.
 */
final class UnreadableBody {

    /** Where the parser stood, as Jackson appends it to a message. */
    private static final Pattern LOCATION = Pattern.compile("line: (\\d+), column: (\\d+)");
    private static final Pattern UNKNOWN = Pattern.compile("^Unknown property \\[([^]]+)]");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate property \\[([^]]+)]");
    private static final Pattern UNEXPECTED = Pattern.compile("^Unexpected token \\w+, expected (\\w+)");
    private static final Map<String, String> EXPECTED = Map.of(
            "START_OBJECT", "a JSON object", "START_ARRAY", "a JSON array", "VALUE_TRUE", "true or false",
            "VALUE_FALSE", "true or false", "VALUE_STRING", "a JSON string", "VALUE_NUMBER_INT", "a JSON integer");

    private UnreadableBody() {
    }

    static HttpResponse<Problem> problem(HttpRequest<?> request, Throwable failure) {
        if (isSyntaxError(failure)) {
            return Problems.response(ProblemKind.MALFORMED_JSON, "The body is not valid JSON");
        }
        Problem.FieldProblem field = refusedField(failure)
                .orElseGet(() -> describe(bytesOf(request), innermostMessage(failure)));
        String detail = (field.field().equals("body") ? "the body " : field.field() + ": ") + field.message();
        return Problems.validation(detail, List.of(field));
    }

    /** A value that bankcore's own deserializers refused: they know where it is and say why. */
    private static Optional<Problem.FieldProblem> refusedField(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InvalidFormatException invalid
                    && invalid.getOriginalValue() instanceof FieldPosition position) {
                return Optional.of(Problem.FieldProblem.inBody(position.pointer(), position.rule()));
            }
        }
        return Optional.empty();
    }

    /**
     * A failure of Serde's own (an unknown or repeated property, a value of the wrong kind): the property it names,
     * or the place where the parser stood, is found in the body.
     */
    private static Problem.FieldProblem describe(byte[] body, String message) {
        Matcher unknown = UNKNOWN.matcher(message);
        if (unknown.find()) {
            return named(unknown.group(1), BodyPointer.atProperty(body, unknown.group(1), 1),
                    "is not a field of this request");
        }
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            return named(duplicate.group(1), BodyPointer.atProperty(body, duplicate.group(1), 2),
                    "is given more than once");
        }
        Matcher location = LOCATION.matcher(message);
        String pointer = location.find() ? BodyPointer.atLocation(body, Integer.parseInt(location.group(1)),
                Integer.parseInt(location.group(2))) : "";
        String reason = withoutLocation(message);
        Matcher unexpected = UNEXPECTED.matcher(reason);
        String expected = unexpected.find() ? EXPECTED.get(unexpected.group(1)) : null;
        return Problem.FieldProblem.inBody(pointer, expected == null ? "does not have the expected shape"
                : "must be " + expected);
    }

    /**
     * The body as it came, read again from what the request keeps of it (binding read a split of it, so the
     * bytes have arrived); empty when they are not at hand, and the pointer is then the whole body.
     */
    private static byte[] bytesOf(HttpRequest<?> request) {
        if (!(request instanceof ServerHttpRequest<?> server)) {
            return new byte[0];
        }
        if (server.byteBody() instanceof AvailableByteBody available) {
            try (CloseableAvailableByteBody copy = available.split()) {
                return copy.toByteArray();
            }
        }
        CompletableFuture<? extends CloseableAvailableByteBody> buffered = server.byteBody().split().buffer();
        try (CloseableAvailableByteBody copy = buffered.getNow(null)) {
            return copy == null ? new byte[0] : copy.toByteArray();
        }
    }

    /** The property Serde named; where the body was not at hand to find it in, the pointer is the whole body. */
    private static Problem.FieldProblem named(String name, String pointer, String message) {
        return pointer.isEmpty() ? new Problem.FieldProblem(name, message, pointer)
                : Problem.FieldProblem.inBody(pointer, message);
    }

    private static boolean isSyntaxError(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException || cause instanceof JsonSyntaxException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static String innermostMessage(Throwable failure) {
        Throwable innermost = failure;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        return innermost.getMessage() == null ? "" : innermost.getMessage();
    }

    /** The message without the parser's location suffix (which only says "REDACTED" and where). */
    private static String withoutLocation(String message) {
        int location = message.indexOf("\n at [Source");
        return (location >= 0 ? message.substring(0, location) : message).strip();
    }
}
