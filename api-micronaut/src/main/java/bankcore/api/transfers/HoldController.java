package bankcore.api.transfers;

import bankcore.api.access.Caller;
import bankcore.api.access.CallerAccess;
import bankcore.api.access.PathIds;
import bankcore.api.dryrun.DryRuns;
import bankcore.api.idempotency.IdempotencyGate;
import bankcore.api.idempotency.IdempotencyKeyHeader;
import bankcore.api.problem.ProblemResponses;
import bankcore.api.view.DryRunView;
import bankcore.api.view.MovedMoney;
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

import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Ending a pending transfer: capture (all or part) or void, by the paying account's owner or an admin.
 * Anyone else who may see the transfer (its receiver) gets 404 here, as for a transfer they cannot see.
 */
@Controller("/transfers/{id}")
@Tag(name = "transfers")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ProblemResponses.Unauthorized
@ProblemResponses.NotFound
@ProblemResponses.Conflict
@ProblemResponses.WithBody
@ProblemResponses.Always
class HoldController {

    private final HoldFunds holds;
    private final CallerAccess access;
    private final IdempotencyGate idempotency;
    private final DryRuns dryRuns;
    private final LedgerQueries queries;

    HoldController(HoldFunds holds, CallerAccess access, IdempotencyGate idempotency, DryRuns dryRuns,
                   LedgerQueries queries) {
        this.holds = holds;
        this.access = access;
        this.idempotency = idempotency;
        this.dryRuns = dryRuns;
        this.queries = queries;
    }

    @Post("/capture")
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
        Transfer hold = access.transfer(caller, id);
        Optional<Money> amount = Optional.ofNullable(request).map(CaptureRequest::amount)
                .map(text -> Money.parse(text, hold.amount().currency()));
        Function<Optional<IdempotencyKey>, Capture> capture = key -> new Capture(hold.id(), amount, key,
                initiator(caller));
        boolean dryRun = request != null && Boolean.TRUE.equals(request.dryRun());
        if (dryRun) {
            Capture rehearsed = capture.apply(idempotency.keyOf(caller, Optional.ofNullable(idempotencyKey)));
            return dryRuns.answer(HttpStatus.OK, ledger -> ledger.holds().capture(rehearsed));
        }
        return MovedMoney.respond(HttpStatus.OK, idempotency.run(caller, Optional.ofNullable(idempotencyKey),
                key -> holds.capture(capture.apply(key))));
    }

    @Post("/void")
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
        Function<Optional<IdempotencyKey>, VoidHold> voiding = key -> new VoidHold(hold.id(), key, initiator(caller));
        if (request != null && Boolean.TRUE.equals(request.dryRun())) {
            VoidHold rehearsed = voiding.apply(idempotency.keyOf(caller, Optional.ofNullable(idempotencyKey)));
            return dryRuns.answer(HttpStatus.OK, ledger -> ledger.holds().voidHold(rehearsed));
        }
        idempotency.run(caller, Optional.ofNullable(idempotencyKey), key -> holds.voidHold(voiding.apply(key)));
        Transfer voided = queries.transfer(hold.id()).orElseThrow();
        return HttpResponse.ok(TransferView.of(voided, TransferStatus.VOIDED));
    }

    /** An admin ends any hold; a customer only those on its own accounts (the core checks which). */
    private static OptionalLong initiator(Caller caller) {
        return caller.admin() ? OptionalLong.empty() : OptionalLong.of(caller.id());
    }
}
