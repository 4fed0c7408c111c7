package bankcore.api.transfers;

import bankcore.api.problem.Problem;
import bankcore.api.view.DryRunView;
import bankcore.api.view.DryRunView.BalanceAfter;
import bankcore.api.view.TransferView;
import bankcore.core.domain.Transfer;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The answers to a batch: every transfer of an atomic one, one outcome per item of one that is not, or what a
 * dry run would do. Each says which it is in {@code mode}, so that a client reads any of them from the one type
 * the document gives every status (TransferBatchResult, a oneOf with {@code mode} as its discriminator).
 */
final class TransferBatchView {

    private TransferBatchView() {
    }

    /**
     * The document's one type for every answer, so that a generated client reads any of them (it types an
     * operation by one response): {@code mode} says which.
     */
    @Schema(name = "TransferBatchResult", description = "What POST /transfer-batches answers, for every status: "
            + "`mode` says which. `atomic` (201): every transfer, posted; `each` (200): one outcome per item; "
            + "`dry_run` (200): what the batch would do, with nothing written.",
            oneOf = {Posted.class, Outcomes.class, DryRun.class}, discriminatorProperty = "mode",
            discriminatorMapping = {@DiscriminatorMapping(value = Posted.MODE, schema = Posted.class),
                @DiscriminatorMapping(value = Outcomes.MODE, schema = Outcomes.class),
                @DiscriminatorMapping(value = DryRun.MODE, schema = DryRun.class)})
    interface Result {
    }

    /** What ending holds together answers: the transfers as they stand after, or what would happen. */
    @Schema(name = "HoldBatchResult", description = "What POST /transfers/captures and /transfers/voids answer: "
            + "`mode` says which. `atomic`: every transfer, as the request left it; `dry_run`: what the request "
            + "would do, with nothing written.",
            oneOf = {Posted.class, DryRun.class}, discriminatorProperty = "mode",
            discriminatorMapping = {@DiscriminatorMapping(value = Posted.MODE, schema = Posted.class),
                @DiscriminatorMapping(value = DryRun.MODE, schema = DryRun.class)})
    interface Ended {
    }

    @Serdeable
    @Schema(name = "TransferBatch", description = "An atomic batch, done: its transfers in the order given")
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
     * What a batch sent with {@code dry_run: true} would do. Its balances are every account the batch would change,
     * not one pair as a single transfer's dry run has, so that a reader sees where each account ends up.
     */
    @Serdeable
    @Schema(name = "BatchDryRun", description = "What a batch with dry_run: true would do: each item's outcome (the "
            + "transfer it would write, or its problem when items are each on their own) and every account it "
            + "would change, as it would be after. Nothing was written, not even an Idempotency-Key's record.")
    record DryRun(@Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = DryRun.MODE) String mode,
                  @Schema(requiredMode = RequiredMode.REQUIRED, description = "always true") boolean dryRun,
                  @Schema(requiredMode = RequiredMode.REQUIRED, example = "201",
                          description = "the status the batch would get if it were not a dry run") int status,
                  @ArraySchema(arraySchema = @Schema(requiredMode = RequiredMode.REQUIRED),
                          schema = @Schema(ref = "#/components/schemas/TransferBatchItem")) List<Object> items,
                  @ArraySchema(arraySchema = @Schema(requiredMode = RequiredMode.REQUIRED,
                          description = "every account the batch would change, lowest id first"),
                          schema = @Schema(ref = DryRunView.BALANCE_SCHEMA)) List<Object> balancesAfter) {
        static final String MODE = "dry_run";

        DryRun(int status, List<Item> items, List<BalanceAfter> balancesAfter) {
            this(MODE, true, status, List.<Object>copyOf(items), List.<Object>copyOf(balancesAfter));
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

        static Item done(int index, int status, TransferView transfer) {
            return new Item(index, status, Optional.of(transfer), Optional.empty());
        }

        /** Every item of a batch that was (or would be) done whole, in order, each with {@code status}. */
        static List<Item> allDone(int status, List<Transfer> transfers) {
            return IntStream.range(0, transfers.size())
                    .mapToObj(index -> done(index, status, TransferView.asWritten(transfers.get(index)))).toList();
        }

        static Item refused(int index, Problem problem) {
            return new Item(index, problem.status(), Optional.empty(), Optional.of(problem));
        }
    }
}
