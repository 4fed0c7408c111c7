package bankcore.api.problem;

import bankcore.api.json.FieldPosition;
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
 * @param transferStatus where the transfer stands, for a capture or void of one that is not pending only
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
        String pointer,
        @Nullable @Schema(requiredMode = RequiredMode.NOT_REQUIRED, nullable = false, example = "captured",
                allowableValues = {"posted", "pending", "captured", "voided", "expired"},
                description = "present in `transfer-not-pending` and `transfer-expired` only: where the transfer "
                        + "stands instead")
        String transferStatus) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The prefix of every problem type this API sends. */
    public static final String TYPE_PREFIX = "urn:bankcore:problem:";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public Problem(String type, String title, int status, String detail, List<FieldProblem> errors) {
        this(type, title, status, detail, errors, null, null, null);
    }

    /**
     * The same problem, naming the item of the body's array {@code arrayPointer} that it is about; its field
     * problems point into that item.
     */
    public Problem atItem(String arrayPointer, int itemIndex) {
        String item = arrayPointer + "/" + itemIndex;
        return new Problem(type, title, status, detail, errors.stream().map(error -> error.under(item)).toList(),
                itemIndex, item, transferStatus);
    }

    /** The same problem, saying where the transfer it is about stands. */
    public Problem withTransferStatus(String status) {
        return new Problem(type, title, this.status, detail, errors, index, pointer, status);
    }

    /**
     * One field that failed validation.
     *
     * @param field   the field's name as in the JSON (snake_case), {@code body} for the whole body, or the name of
     *                a query parameter
     * @param message why it was refused
     * @param pointer where the field is in the request body, as an RFC 6901 JSON Pointer ({@code /amount},
     *                {@code /transfers/2/amount}, {@code ""} for the whole body); absent for a query parameter
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FieldProblem")
    public record FieldProblem(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "amount") String field,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "must be positive") String message,
            @Nullable @Schema(requiredMode = RequiredMode.NOT_REQUIRED, nullable = false,
                    example = "/transfers/2/amount", description = "where the field is in the request body, as a "
                    + "JSON Pointer (RFC 6901); \"\" is the whole body. Absent for a query parameter.")
            String pointer) {

        /** A field of the request body, named after the last property of its pointer. */
        public static FieldProblem inBody(String pointer, String message) {
            return new FieldProblem(FieldPosition.nameAt(pointer), message, pointer);
        }

        /** A query parameter, or another part of the request that is not in the body. */
        public static FieldProblem outsideBody(String name, String message) {
            return new FieldProblem(name, message, null);
        }

        /** The same problem in a body nested at {@code prefix}, such as a batch's item. */
        FieldProblem under(String prefix) {
            return pointer == null ? this : new FieldProblem(field, message, prefix + pointer);
        }
    }
}
