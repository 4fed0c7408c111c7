package bankcore.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * An RFC 9457 problem: the body of every error response, sent as {@code application/problem+json}.
 *
 * @param type   a URI naming the kind of problem; clients switch on it, never on {@code detail}
 * @param title  a short summary that is the same for every occurrence of the type
 * @param status the HTTP status, repeated so that a logged body stands on its own
 * @param detail what went wrong this time, for a human
 * @param errors one entry per field problem, for validation failures only
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "An RFC 9457 problem, sent as application/problem+json")
public record Problem(
        @Schema(example = "urn:bankcore:problem:insufficient-funds") String type,
        @Schema(example = "Insufficient funds") String title,
        @Schema(example = "400") int status,
        @Schema(example = "Account 3 holds 10.00 EUR, the transfer needs 25.00 EUR") String detail,
        List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The prefix of every problem type this API sends. */
    public static final String TYPE_PREFIX = "urn:bankcore:problem:";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /**
     * One field that failed validation.
     *
     * @param field   the JSON name of the field (snake_case), or {@code body} for the whole body
     * @param message why it was refused
     */
    @Serdeable
    @Schema(name = "FieldProblem")
    public record FieldProblem(
            @Schema(example = "amount") String field,
            @Schema(example = "must be positive") String message) {
    }
}
