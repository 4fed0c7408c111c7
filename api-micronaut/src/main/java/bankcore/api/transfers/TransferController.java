package bankcore.api.transfers;

import bankcore.api.BankSettings;
import bankcore.api.access.Caller;
import bankcore.api.access.CallerAccess;
import bankcore.api.access.PathIds;
import bankcore.api.dryrun.DryRunOrReal;
import bankcore.api.idempotency.IdempotencyGate;
import bankcore.api.idempotency.IdempotencyKeyHeader;
import bankcore.api.problem.ProblemResponses;
import bankcore.api.problem.Problems;
import bankcore.api.view.MovedMoney;
import bankcore.api.view.TransferView;
import bankcore.core.domain.Money;
import bankcore.core.domain.Transfer;
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

@Controller
@Tag(name = "transfers")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ProblemResponses.Unauthorized
@ProblemResponses.Always
class TransferController {

    private final TransferCommands commands;
    private final CallerAccess access;
    private final BankSettings settings;
    private final DryRunOrReal requests;
    private final LedgerQueries queries;

    TransferController(TransferCommands commands, CallerAccess access, BankSettings settings, DryRunOrReal requests,
                       LedgerQueries queries) {
        this.commands = commands;
        this.access = access;
        this.settings = settings;
        this.requests = requests;
        this.queries = queries;
    }

    @Post("/transfer")
    @Operation(operationId = "transferToCustomer",
            summary = "The seed's transfer: pay another customer from your default-currency account",
            description = "From your oldest account in the bank's currency to the receiver's. 400 "
                    + "`insufficient-funds`; 404 `customer-not-found` or `account-not-found` (no such account in "
                    + "the currency); 409 `account-not-active`; 422 `same-account` when you pay yourself. With "
                    + "`dry_run: true`, 200 with what would happen and nothing written; without it, the seed's "
                    + "contract exactly.")
    @MovedMoney.Ok
    @ProblemResponses.WithBody
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    HttpResponse<?> seedTransfer(Authentication authentication, @Valid @Body SeedTransferRequest request,
                                 @IdempotencyKeyHeader @Nullable @Header(IdempotencyGate.HEADER)
                                 String idempotencyKey) {
        Caller caller = Caller.of(authentication);
        Money amount = Problems.readField("amount", () -> Money.parse(request.amount(), settings.currency()));
        return requests.transfer(caller, idempotencyKey, request.dryRun(), HttpStatus.OK,
                (useCases, key) -> useCases.transfers().transferToCustomer(new TransferMoney.ToCustomer(caller.id(),
                        request.receiverId(), amount, null, key)));
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
    @DryRunOrReal.Answered
    @ProblemResponses.WithBody
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    HttpResponse<?> transfer(Authentication authentication, @Valid @Body TransferRequest request,
                             @IdempotencyKeyHeader @Nullable @Header(IdempotencyGate.HEADER) String idempotencyKey) {
        Caller caller = Caller.of(authentication);
        // A plain movement is the very transfer TransferMoney.transfer makes; one path serves both.
        return requests.transfer(caller, idempotencyKey, request.dryRun(), HttpStatus.CREATED,
                (useCases, key) -> useCases.holds().submit(commands.movement(caller, request, key)));
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
