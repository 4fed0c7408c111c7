package bankcore.api.transfers;

import bankcore.api.problem.Problem;
import bankcore.api.view.TransferView;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.util.List;
import java.util.Optional;

/**
 * The answers to a batch: every transfer of an atomic one, or one outcome per item of one that is not. Both
 * say which they are in {@code mode}, so that a client reads either from the one type the document gives both
 * statuses (openapi/schemas.yml: TransferBatchResult, a oneOf with {@code mode} as its discriminator).
 */
final class TransferBatchView {

    private TransferBatchView() {
    }

    /**
     * The document's one type for both answers, so that a generated client reads either (it types an operation
     * by one response): {@code mode} says which.
     */
    @Schema(name = "TransferBatchResult", description = "What POST /transfer-batches answers, for both statuses: "
            + "`mode` says which. `atomic` (201): every transfer, posted; `each` (200): one outcome per item.",
            oneOf = {Posted.class, Outcomes.class}, discriminatorProperty = "mode",
            discriminatorMapping = {@DiscriminatorMapping(value = Posted.MODE, schema = Posted.class),
                @DiscriminatorMapping(value = Outcomes.MODE, schema = Outcomes.class)})
    interface Result {
    }

    @Serdeable
    @Schema(name = "TransferBatch", description = "An atomic batch, posted: its transfers in the order given")
    record Posted(@Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = Posted.MODE) String mode,
                  @Schema(requiredMode = RequiredMode.REQUIRED) List<TransferView> items) {
        static final String MODE = "atomic";

        Posted(List<TransferView> items) {
            this(MODE, items);
        }
    }

    @Serdeable
    @Schema(name = "TransferBatchOutcomes", description = "A batch that is not atomic: one outcome per item, in order")
    record Outcomes(@Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = Outcomes.MODE) String mode,
                    @ArraySchema(arraySchema = @Schema(requiredMode = RequiredMode.REQUIRED),
                            schema = @Schema(ref = "#/components/schemas/TransferBatchItem")) List<Object> items) {
        static final String MODE = "each";

        Outcomes(List<Object> items) {
            this(MODE, items);
        }
    }

    /**
     * Documented by hand (openapi/schemas.yml): its transfer or its problem is left out, never null. The list
     * of them is typed Object so that the document generator keeps to that schema instead of deriving one.
     */
    @Serdeable
    record Item(int index, int status,
            @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<TransferView> transfer,
            @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<Problem> problem) {

        static Item posted(int index, TransferView transfer) {
            return new Item(index, 201, Optional.of(transfer), Optional.empty());
        }

        static Item refused(int index, Problem problem) {
            return new Item(index, problem.status(), Optional.empty(), Optional.of(problem));
        }
    }
}
