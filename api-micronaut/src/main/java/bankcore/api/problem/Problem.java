package bankcore.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.util.List;

/**
 * An RFC 9457 problem: the body of every error response, sent as {@code application/problem+json}.
 *
 * @param type   a URI naming the kind of problem; clients switch on it, never on {@code detail}
 * @param title  a short summary that is the same for every occurrence of the type
 * @param status the HTTP status, repeated so that a logged body stands on its own
 * @param detail what went wrong this time, for a human
 * @param errors one entry per field problem, for validation failures only (absent otherwise)
 * @param index  the failing item of a batch, for a batch's refusal only (absent otherwise)
 * @param pointer that item as an RFC 6901 JSON Pointer into the request body, such as {@code /transfers/3}
 *                (present with {@code index} only)
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "An RFC 9457 problem, sent as application/problem+json")
public record Problem(
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "urn:bankcore:problem:insufficient-funds")
        String type,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "Insufficient funds") String title,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "400") int status,
        @Schema(requiredMode = RequiredMode.REQUIRED,
                example = "Account 3 holds 10.00 EUR, the transfer needs 25.00 EUR")
        String detail,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "present for validation failures only")
        List<FieldProblem> errors,
        @Nullable @Schema(requiredMode = RequiredMode.NOT_REQUIRED, nullable = false, example = "3",
                description = "present in a batch's refusal only: the failing item, counted from 0")
        Integer index,
        @Nullable @Schema(requiredMode = RequiredMode.NOT_REQUIRED, nullable = false, example = "/transfers/3",
                description = "present with index only: the failing item as a JSON Pointer (RFC 6901) into the "
                        + "request body")
        String pointer) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The prefix of every problem type this API sends. */
    public static final String TYPE_PREFIX = "urn:bankcore:problem:";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public Problem(String type, String title, int status, String detail, List<FieldProblem> errors) {
        this(type, title, status, detail, errors, null, null);
    }

    /** The same problem, naming the item of the body's array {@code arrayPointer} that it is about. */
    public Problem atItem(String arrayPointer, int itemIndex) {
        return new Problem(type, title, status, detail, errors, itemIndex, arrayPointer + "/" + itemIndex);
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
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "amount") String field,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "must be positive") String message) {
    }
}
