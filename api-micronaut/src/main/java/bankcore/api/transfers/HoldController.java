package bankcore.api.transfers;

import bankcore.api.access.Caller;
import bankcore.api.access.CallerAccess;
import bankcore.api.access.PathIds;
import bankcore.api.dryrun.DryRunOrReal;
import bankcore.api.idempotency.IdempotencyGate;
import bankcore.api.idempotency.IdempotencyKeyHeader;
import bankcore.api.problem.ProblemResponses;
import bankcore.api.problem.Problems;
import bankcore.api.view.DryRunView;
import bankcore.api.view.TransferView;
import bankcore.core.domain.IdempotencyKey;
import bankcore.core.domain.Money;
import bankcore.core.domain.Transfer;
import bankcore.core.domain.TransferStatus;
import bankcore.core.port.in.HoldFunds;
import bankcore.core.port.in.HoldFunds.Capture;
import bankcore.core.port.in.HoldFunds.VoidHold;
import bankcore.core.port.in.LedgerQueries;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
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

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Ending pending transfers: capture (all or part) or void, one or many together, by the paying account's owner or
 * an admin. Anyone else who may see a transfer (its receiver) gets 404 here, as for a transfer they cannot see.
 * Many together are all or nothing (the core's {@code captureAll} and {@code voidAll}), under one Idempotency-Key
 * for the request, as {@code POST /transfer-batches} is.
 */
@Controller("/transfers")
@Tag(name = "transfers")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ProblemResponses.Unauthorized
@ProblemResponses.NotFound
@ProblemResponses.Conflict
@ProblemResponses.WithBody
@ProblemResponses.Always
class HoldController {

    /** Where each batch's items are in its request body, as a JSON Pointer. */
    private static final AtomicBatch CAPTURES = new AtomicBatch("/items");
    private static final AtomicBatch VOIDS = new AtomicBatch("/transfer_ids");

    private final CallerAccess access;
    private final DryRunOrReal requests;
    private final LedgerQueries queries;

    HoldController(CallerAccess access, DryRunOrReal requests, LedgerQueries queries) {
        this.access = access;
        this.requests = requests;
        this.queries = queries;
    }

    @Post("/{id}/capture")
    @Operation(operationId = "captureTransfer", summary = "Capture a pending transfer, all of it or part",
            description = "Posts the captured amount (the rest of the hold is released): 200 with the posted "
                    + "transfer, whose `captures` names the hold. 409 `transfer-not-pending` (with "
                    + "`transfer_status`) when it was captured, voided or never pending; 409 `transfer-expired` past "
                    + "its `expires_at`; 422 `capture-exceeds-hold` above the held amount. The body is optional; "
                    + "with `dry_run: true` the answer is what would happen, and nothing is written.")
    @ApiResponse(responseCode = "200", description = "the capture, posted; or, for a dry run, what would happen",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(ref = DryRunView.TRANSFER_OR_DRY_RUN)))
    HttpResponse<?> capture(Authentication authentication, @PathIds.TransferId @PathVariable String id,
                            @Valid @Nullable @Body CaptureRequest request,
                            @IdempotencyKeyHeader @Nullable @Header(IdempotencyGate.HEADER) String idempotencyKey) {
        Caller caller = Caller.of(authentication);
        Optional<CaptureRequest> body = Optional.ofNullable(request);
        return requests.transfer(caller, idempotencyKey, body.map(CaptureRequest::dryRun).orElse(null), HttpStatus.OK,
                (useCases, key) -> useCases.holds().capture(captureOf(caller, id, body.map(CaptureRequest::amount),
                        key)));
    }

    @Post("/{id}/void")
    @Operation(operationId = "voidTransfer", summary = "Void a pending transfer: release its hold",
            description = "200 with the transfer, now `voided`. 409 `transfer-not-pending` (with `transfer_status`) "
                    + "when it was captured, voided or never pending; 409 `transfer-expired` past its `expires_at`. "
                    + "The body is optional; with `dry_run: true` the answer is what would happen (the releasing "
                    + "entry), and nothing is written.")
    @ApiResponse(responseCode = "200", description = "the transfer, voided; or, for a dry run, what would happen",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(ref = DryRunView.TRANSFER_OR_DRY_RUN)))
    HttpResponse<?> voidHold(Authentication authentication, @PathIds.TransferId @PathVariable String id,
                             @Valid @Nullable @Body VoidRequest request,
                             @IdempotencyKeyHeader @Nullable @Header(IdempotencyGate.HEADER) String idempotencyKey) {
        Caller caller = Caller.of(authentication);
        Transfer hold = access.transfer(caller, id);
        return requests.answer(caller, idempotencyKey, request == null ? null : request.dryRun(),
                (useCases, key) -> useCases.holds().voidHold(new VoidHold(hold.id(), key, initiator(caller))),
                voiding -> HttpResponse.ok(voided(hold.id())),
                rehearsed -> DryRunOrReal.transferView(HttpStatus.OK, rehearsed));
    }

    @Post("/captures")
    @Operation(operationId = "captureTransfers", summary = "Capture 1 to 1,000 pending transfers together, all or none",
            description = "Each item as `POST /transfers/{id}/capture` would take it (all of the hold, or `amount` "
                    + "and the rest released): 200 with `mode: atomic` and every capture, posted, in the order given. "
                    + "The first refusal refuses them all, with its usual status (404 `transfer-not-found`, 409 "
                    + "`transfer-not-pending` with `transfer_status`, 409 `transfer-expired`, 422 "
                    + "`capture-exceeds-hold`) and `index` and `pointer` (`/items/3`) naming the item; nothing is "
                    + "captured then (a hold found past its `expires_at` is expired, as it would be alone). One "
                    + "Idempotency-Key covers the request. With `dry_run: true`, 200 with `mode: dry_run`: the "
                    + "captures it would post and every account they would change, and nothing written.")
    @EndedTogether
    HttpResponse<?> captureAll(Authentication authentication, @Valid @Body CaptureBatchRequest request,
                               @IdempotencyKeyHeader @Nullable @Header(IdempotencyGate.HEADER) String idempotencyKey) {
        return together(authentication, idempotencyKey, request.dryRun(), CAPTURES, request.items(),
                (caller, item, key) -> captureOf(caller, item.transferId(), Optional.ofNullable(item.amount()), key),
                HoldFunds::captureAll, TransferView::asWritten);
    }

    @Post("/voids")
    @Operation(operationId = "voidTransfers", summary = "Void 1 to 1,000 pending transfers together, all or none",
            description = "Each as `POST /transfers/{id}/void` would take it: 200 with `mode: atomic` and every "
                    + "transfer, now `voided`, in the order given. The first refusal refuses them all, with its usual "
                    + "status (404 `transfer-not-found`, 409 `transfer-not-pending` with `transfer_status`, 409 "
                    + "`transfer-expired`) and `index` and `pointer` (`/transfer_ids/3`) naming the item; nothing is "
                    + "voided then. One Idempotency-Key covers the request. With `dry_run: true`, 200 with "
                    + "`mode: dry_run`: the releasing entries it would write and every account they would change, "
                    + "and nothing written.")
    @EndedTogether
    HttpResponse<?> voidAll(Authentication authentication, @Valid @Body VoidBatchRequest request,
                            @IdempotencyKeyHeader @Nullable @Header(IdempotencyGate.HEADER) String idempotencyKey) {
        return together(authentication, idempotencyKey, request.dryRun(), VOIDS, request.transferIds(),
                (caller, transferId, key) -> new VoidHold(access.transfer(caller, transferId).id(), key,
                        initiator(caller)),
                HoldFunds::voidAll, release -> voided(release.ends()));
    }

    /**
     * Ends the holds the items name, all or none, or rehearses it: each item's command under its own key within the
     * request's, and the answer each ended hold gets.
     */
    private <I, C> HttpResponse<?> together(Authentication authentication, @Nullable String idempotencyKey,
                                            @Nullable Boolean dryRun, AtomicBatch batch, List<I> items,
                                            ItemCommand<I, C> command,
                                            BiFunction<HoldFunds, List<C>, List<Transfer>> endAll,
                                            Function<Transfer, TransferView> answer) {
        Caller caller = Caller.of(authentication);
        return requests.answer(caller, idempotencyKey, dryRun, (useCases, key) -> {
                    List<C> commands = batch.commands(items,
                            (item, index) -> command.of(caller, item, IdempotencyGate.itemKey(key, index)));
                    return batch.run(() -> endAll.apply(useCases.holds(), commands));
                },
                ended -> HttpResponse.ok(new TransferBatchView.Posted(ended.stream().map(answer).toList())),
                HoldController::dryRun);
    }

    /** The documented 200 of ending holds together. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "200", description = "every hold ended; or, for a dry run, what would happen",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = TransferBatchView.Ended.class)))
    @interface EndedTogether {
    }

    /** One item's command to the core. */
    @FunctionalInterface
    private interface ItemCommand<I, C> {
        C of(Caller caller, I item, Optional<IdempotencyKey> key);
    }

    /** The capture of a hold the caller may see, its amount in the hold's currency. */
    private Capture captureOf(Caller caller, String transferId, Optional<String> amount,
                              Optional<IdempotencyKey> key) {
        Transfer hold = access.transfer(caller, transferId);
        Optional<Money> captured = amount.map(text -> Problems.readField("amount",
                () -> Money.parse(text, hold.amount().currency())));
        return new Capture(hold.id(), captured, key, initiator(caller));
    }

    private TransferView voided(UUID holdId) {
        return TransferView.of(queries.transfer(holdId).orElseThrow(), TransferStatus.VOIDED);
    }

    /** What ending holds together would do: the entries it would write, and every account they would change. */
    private static TransferBatchView.DryRun dryRun(DryRunOrReal.Rehearsed<List<Transfer>> rehearsed) {
        List<Transfer> entries = rehearsed.result();
        return new TransferBatchView.DryRun(HttpStatus.OK.getCode(),
                TransferBatchView.Item.allDone(HttpStatus.OK.getCode(), entries), rehearsed.balancesAfter(entries));
    }

    /** An admin ends any hold; a customer only those on its own accounts (the core checks which). */
    private static OptionalLong initiator(Caller caller) {
        return caller.admin() ? OptionalLong.empty() : OptionalLong.of(caller.id());
    }
}
