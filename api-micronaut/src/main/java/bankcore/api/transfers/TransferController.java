package bankcore.api.transfers;

import bankcore.api.BankSettings;
import bankcore.api.access.Caller;
import bankcore.api.access.CallerAccess;
import bankcore.api.access.PathIds;
import bankcore.api.dryrun.DryRuns;
import bankcore.api.idempotency.IdempotencyGate;
import bankcore.api.idempotency.IdempotencyKeyHeader;
import bankcore.api.problem.ProblemResponses;
import bankcore.api.problem.Problems;
import bankcore.api.view.MovedMoney;
import bankcore.api.view.TransferView;
import bankcore.core.domain.Money;
import bankcore.core.domain.Transfer;
import bankcore.core.port.in.HoldFunds;
import bankcore.core.port.in.HoldFunds.Movement;
import bankcore.core.port.in.LedgerQueries;
import bankcore.core.port.in.TransferMoney;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.Optional;

@Controller
@Tag(name = "transfers")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ProblemResponses.Unauthorized
@ProblemResponses.Always
class TransferController {

    private final TransferMoney transfers;
    private final TransferCommands commands;
    private final CallerAccess access;
    private final IdempotencyGate idempotency;
    private final BankSettings settings;
    private final HoldFunds holds;
    private final DryRuns dryRuns;
    private final LedgerQueries queries;

    TransferController(TransferMoney transfers, TransferCommands commands, CallerAccess access,
                       IdempotencyGate idempotency, BankSettings settings, HoldFunds holds, DryRuns dryRuns,
                       LedgerQueries queries) {
        this.holds = holds;
        this.dryRuns = dryRuns;
        this.queries = queries;
        this.transfers = transfers;
        this.commands = commands;
        this.access = access;
        this.idempotency = idempotency;
        this.settings = settings;
    }

    @Post("/transfer")
    @Operation(operationId = "transferToCustomer",
            summary = "The seed's transfer: pay another customer from your default-currency account",
            description = "From your oldest account in the bank's currency to the receiver's. 400 "
                    + "`insufficient-funds`; 404 `customer-not-found` or `account-not-found` (no such account in "
                    + "the currency); 409 `account-not-active`; 422 `same-account` when you pay yourself.")
    @MovedMoney.Ok
    @ProblemResponses.WithBody
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    HttpResponse<TransferView> seedTransfer(Authentication authentication, @Valid @Body SeedTransferRequest request,
                                            @IdempotencyKeyHeader @Nullable @Header(IdempotencyGate.HEADER)
                                            String idempotencyKey) {
        Caller caller = Caller.of(authentication);
        Money amount = Problems.readField("amount", () -> Money.parse(request.amount(), settings.currency()));
        return MovedMoney.respond(HttpStatus.OK, idempotency.run(caller, Optional.ofNullable(idempotencyKey),
                key -> transfers.transferToCustomer(new TransferMoney.ToCustomer(caller.id(), request.receiverId(),
                        amount, null, key))));
    }

    @Post("/transfers")
    @Operation(operationId = "createTransfer", summary = "Transfer money to a customer or an account",
            description = "With `pending: true` the amount is held on the paying account (its available balance "
                    + "drops, its balance does not): 201 with `status: pending` and `expires_at`; capture or void it "
                    + "later. With `dry_run: true`, 200 with what would happen and nothing written. 400 "
                    + "`insufficient-funds` (judged on the available balance); 404 for a receiver or account that "
                    + "does not exist (or an account to pay from that is not yours); 409 `account-not-active`; 422 "
                    + "`currency-mismatch`, `same-account`, both or neither of receiver_id and to_account_id, or a "
                    + "timeout_seconds without pending.")
    @MovedMoney.Created
    @DryRuns.Answered
    @ProblemResponses.WithBody
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    HttpResponse<?> transfer(Authentication authentication, @Valid @Body TransferRequest request,
                             @IdempotencyKeyHeader @Nullable @Header(IdempotencyGate.HEADER) String idempotencyKey) {
        Caller caller = Caller.of(authentication);
        Optional<String> header = Optional.ofNullable(idempotencyKey);
        if (request.isDryRun()) {
            Movement movement = commands.movement(caller, request, idempotency.keyOf(caller, header));
            return dryRuns.answer(HttpStatus.CREATED, ledger -> ledger.holds().submit(movement));
        }
        // A plain movement is the very transfer TransferMoney.transfer makes; one path serves both.
        return MovedMoney.respond(HttpStatus.CREATED, idempotency.run(caller, header,
                key -> holds.submit(commands.movement(caller, request, key))));
    }

    @Get("/transfers/{id}")
    @Operation(operationId = "getTransfer", summary = "One transfer, if you are a party to it (or an admin)",
            description = "A transfer between others is 404, like one that does not exist.")
    @ApiResponse(responseCode = "200", description = "the transfer")
    @ProblemResponses.NotFound
    TransferView get(Authentication authentication, @PathIds.TransferId @PathVariable String id) {
        Transfer transfer = access.transfer(Caller.of(authentication), id);
        return TransferView.of(transfer, queries.status(transfer));
    }
}
