package bankcore.api.transfers;

import bankcore.api.problem.Problem;
import bankcore.api.view.TransferView;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.util.List;

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
    record Outcomes(@Schema(requiredMode = RequiredMode.REQUIRED) List<Item> items) {
    }

    @Serdeable
    @Schema(name = "TransferBatchItem", description = "One item's outcome: its transfer, or its problem")
    record Item(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "the item, counted from 0", example = "0")
            int index,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "the status the item would get on its own",
                    example = "201") int status,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable TransferView transfer,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Problem problem) {

        static Item posted(int index, TransferView transfer) {
            return new Item(index, 201, transfer, null);
        }

        static Item refused(int index, Problem problem) {
            return new Item(index, problem.status(), null, problem);
        }
    }
}
