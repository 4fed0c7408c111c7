package bankcore.api.transfers;

import bankcore.api.problem.Problem;
import bankcore.api.view.TransferView;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.util.List;
import java.util.Optional;

/** The answers to a batch: every transfer of an atomic one, or one outcome per item of one that is not. */
final class TransferBatchView {

    private TransferBatchView() {
    }

    @Serdeable
    @Schema(name = "TransferBatch", description = "An atomic batch, posted: its transfers in the order given")
    record Posted(@Schema(requiredMode = RequiredMode.REQUIRED) List<TransferView> items) {
    }

    @Serdeable
    @Schema(name = "TransferBatchOutcomes", description = "A batch that is not atomic: one outcome per item, in order")
    record Outcomes(@ArraySchema(arraySchema = @Schema(requiredMode = RequiredMode.REQUIRED),
                            schema = @Schema(ref = "#/components/schemas/TransferBatchItem")) List<Object> items) {
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
