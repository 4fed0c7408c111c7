package bankcore.api.transfers;

import bankcore.api.access.Caller;
import bankcore.api.dryrun.DryRunOrReal;
import bankcore.api.idempotency.IdempotencyGate;
import bankcore.api.idempotency.IdempotencyKeyHeader;
import bankcore.api.problem.ProblemException;
import bankcore.api.problem.ProblemResponses;
import bankcore.api.problem.Problems;
import bankcore.api.view.TransferView;
import bankcore.core.domain.IdempotencyKey;
import bankcore.core.domain.LedgerException;
import bankcore.core.domain.Outcome;
import bankcore.core.domain.Transfer;
import bankcore.core.domain.TransferFilter;
import bankcore.core.port.in.DryRun.MoneyMovement;
import bankcore.core.port.in.HoldFunds.Movement;
import bankcore.core.port.in.LedgerQueries;
import bankcore.core.port.in.TransferMoney.Posted;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Many transfers in one request, all or nothing (the core's {@code transferAll}) or each on its own
 * ({@code transferEach}), or rehearsed with {@code dry_run: true}. One Idempotency-Key covers the batch: each item
 * is stored under {@link IdempotencyGate#itemKey}, so a retry replays every item that moved and moves nothing twice.
 */
@Controller
@Tag(name = "transfers")
@Secured(SecurityRule.IS_AUTHENTICATED)
class TransferBatchController {

    /** Where the items are in the request body, as a JSON Pointer. */
    private static final AtomicBatch ITEMS = new AtomicBatch("/transfers");

    private final TransferCommands commands;
    private final LedgerQueries queries;
    private final DryRunOrReal requests;

    TransferBatchController(TransferCommands commands, LedgerQueries queries, DryRunOrReal requests) {
        this.commands = commands;
        this.queries = queries;
        this.requests = requests;
    }

    @Post("/transfer-batches")
    @Operation(operationId = "createTransferBatch", summary = "Post 1 to 1,000 transfers at once",
            description = "Atomic (the default): 201 with every transfer, or the first refusal with its usual "
                    + "status and nothing moved; the problem names the failing item by `index` (counted from 0) "
                    + "and by `pointer` (`/transfers/3`), whether it was refused before the ledger ran (an invalid "
                    + "amount, an unknown receiver) or inside its transaction (insufficient funds, a frozen "
                    + "account). Not atomic: 200 with one outcome per item. Items may be `pending` (holds made "
                    + "together can be captured or voided together, or one by one); `dry_run` is refused in an "
                    + "item. With `dry_run: true` on the batch, 200 with `mode: dry_run`: each item's outcome as "
                    + "the real batch would get it, every account it would change as it would be after, and nothing "
                    + "written; an atomic batch that would be refused gets that refusal. The body may be up to "
                    + "1 MiB.")
    @ApiResponse(responseCode = "201", description = "atomic: every transfer posted",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = IdempotencyGate.REPLAYED_HEADER,
                    description = "`true` when this repeats the first response to an Idempotency-Key",
                    schema = @Schema(type = "string", allowableValues = "true")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TransferBatchView.Result.class)))
    @ApiResponse(responseCode = "200", description = "not atomic: one outcome per item; or, for a dry run, what "
            + "the batch would do",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = IdempotencyGate.REPLAYED_HEADER,
                    description = "`true` when every item that moved money had moved it before, for this key",
                    schema = @Schema(type = "string", allowableValues = "true")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TransferBatchView.Result.class)))
    @ProblemResponses.Unauthorized
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.WithBody
    @ProblemResponses.Always
    HttpResponse<?> post(Authentication authentication, @Valid @Body TransferBatchRequest request,
                         @IdempotencyKeyHeader @Nullable @Header(IdempotencyGate.HEADER) String idempotencyKey) {
        Caller caller = Caller.of(authentication);
        return requests.answer(caller, idempotencyKey, request.dryRun(),
                (useCases, key) -> request.allOrNothing() ? allOrNothing(useCases, caller, request.transfers(), key)
                        : eachOnItsOwn(useCases, caller, request.transfers(), key),
                Answer::response,
                rehearsed -> new TransferBatchView.DryRun(rehearsed.result().status().getCode(),
                        rehearsed.result().items(), rehearsed.balancesAfter(rehearsed.result().written())));
    }

    private Answer allOrNothing(MoneyMovement useCases, Caller caller, List<TransferRequest> items,
                                Optional<IdempotencyKey> key) {
        List<Movement> batch = ITEMS.commands(items,
                (item, index) -> movement(caller, item, IdempotencyGate.itemKey(key, index)));
        long newestBefore = key.isPresent() ? newestSequence() : -1;
        List<Transfer> posted = ITEMS.run(() -> plain(batch)
                ? useCases.transfers().transferAll(batch.stream().map(Movement::transfer).toList())
                : useCases.holds().submitAll(batch));
        // transferAll says nothing of replays, but the journal does: a replayed item is older than this request.
        boolean replayed = key.isPresent() && posted.stream().allMatch(t -> t.sequence() <= newestBefore);
        return new Answer(HttpStatus.CREATED, TransferBatchView.Item.allDone(HttpStatus.CREATED.getCode(), posted),
                posted, replayed);
    }

    private Answer eachOnItsOwn(MoneyMovement useCases, Caller caller, List<TransferRequest> items,
                                Optional<IdempotencyKey> key) {
        TransferBatchView.Item[] outcomes = new TransferBatchView.Item[items.size()];
        List<Integer> sent = new ArrayList<>();
        List<Movement> batch = new ArrayList<>();
        for (int index = 0; index < items.size(); index++) {
            try {
                batch.add(movement(caller, items.get(index), IdempotencyGate.itemKey(key, index)));
                sent.add(index);
            } catch (LedgerException | ProblemException refusal) {
                outcomes[index] = TransferBatchView.Item.refused(index,
                        Problems.problemOf(refusal).atItem(ITEMS.pointer(), index));
            }
        }
        List<Outcome<Posted>> results = batch.isEmpty() ? List.of() : plain(batch)
                ? useCases.transfers().transferEach(batch.stream().map(Movement::transfer).toList())
                : useCases.holds().submitEach(batch);
        for (int i = 0; i < results.size(); i++) {
            int index = sent.get(i);
            Outcome<Posted> result = results.get(i);
            outcomes[index] = result.isDone()
                    ? TransferBatchView.Item.done(index, HttpStatus.CREATED.getCode(),
                            TransferView.asWritten(result.value().transfer()))
                    : TransferBatchView.Item.refused(index, Problems.problemOf(result.refusal()));
        }
        List<Posted> moved = results.stream().filter(Outcome::isDone).map(Outcome::value).toList();
        boolean replayed = !moved.isEmpty() && moved.stream().allMatch(Posted::replayed);
        return new Answer(HttpStatus.OK, List.of(outcomes), moved.stream().map(Posted::transfer).toList(), replayed);
    }

    /** A batch item may be pending; a dry run is a request of its own, not an item's. */
    private Movement movement(Caller caller, TransferRequest item, Optional<IdempotencyKey> key) {
        if (item.isDryRun()) {
            throw Problems.invalidField("dry_run", "a batch item cannot be a dry run");
        }
        return commands.movement(caller, item, key);
    }

    /** Batches without holds go through the plain batch use cases, as they always did. */
    private static boolean plain(List<Movement> batch) {
        return batch.stream().allMatch(movement -> movement.holdFor().isEmpty());
    }

    /** The journal's newest position, or -1 while it is empty. */
    private long newestSequence() {
        return queries.transfers(TransferFilter.all(), Optional.empty(), 1).items().stream()
                .mapToLong(Transfer::sequence).findFirst().orElse(-1);
    }

    /**
     * What a batch did, or would do: its status, one outcome per item, the transfers it wrote (or replayed), and
     * whether every one of them was a replay.
     */
    private record Answer(HttpStatus status, List<TransferBatchView.Item> items, List<Transfer> written,
                          boolean replayed) {

        HttpResponse<?> response() {
            Object body = status == HttpStatus.CREATED
                    ? new TransferBatchView.Posted(items.stream().map(item -> item.transfer().orElseThrow()).toList())
                    : new TransferBatchView.Outcomes(List.<Object>copyOf(items));
            MutableHttpResponse<Object> response = HttpResponse.<Object>status(status).body(body);
            return replayed ? response.header(IdempotencyGate.REPLAYED_HEADER, "true") : response;
        }
    }
}
