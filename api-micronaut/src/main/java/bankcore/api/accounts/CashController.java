package bankcore.api.accounts;

import bankcore.api.access.Caller;
import bankcore.api.access.CallerAccess;
import bankcore.api.access.PathIds;
import bankcore.api.dryrun.DryRunOrReal;
import bankcore.api.idempotency.IdempotencyGate;
import bankcore.api.idempotency.IdempotencyKeyHeader;
import bankcore.api.problem.ProblemResponses;
import bankcore.api.problem.Problems;
import bankcore.api.view.MovedMoney;
import bankcore.core.domain.Account;
import bankcore.core.domain.Money;
import bankcore.core.port.in.MoveCash.CashCommand;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;


/** Cash in and out: an admin moves money between the bank's cash account and a customer's account. */
@Controller("/accounts/{id}")
@Tag(name = "cash")
@Secured("ADMIN")
@ProblemResponses.Unauthorized
@ProblemResponses.Forbidden
@ProblemResponses.NotFound
@ProblemResponses.Conflict
@ProblemResponses.WithBody
@ProblemResponses.Always
class CashController {

    private final CallerAccess access;
    private final DryRunOrReal requests;

    CashController(CallerAccess access, DryRunOrReal requests) {
        this.access = access;
        this.requests = requests;
    }

    @Post("/deposits")
    @Operation(operationId = "deposit", summary = "Cash in: from the bank's cash account to this one (admin)",
            description = "409 `account-not-active` for a frozen or closed account. With `dry_run: true`, 200 with "
                    + "what would happen and nothing written.")
    @MovedMoney.Created
    @DryRunOrReal.Answered
    HttpResponse<?> deposit(Authentication authentication, @PathIds.AccountId @PathVariable String id,
                                       @Valid @Body CashRequest request,
                                       @IdempotencyKeyHeader @Nullable @Header(IdempotencyGate.HEADER)
                                       String idempotencyKey) {
        return moveCash(authentication, id, request, idempotencyKey, true);
    }

    @Post("/withdrawals")
    @Operation(operationId = "withdraw", summary = "Cash out: from this account to the bank's cash account (admin)",
            description = "400 `insufficient-funds` beyond the balance; 409 `account-not-active` for a frozen or "
                    + "closed account. With `dry_run: true`, 200 with what would happen and nothing written.")
    @MovedMoney.Created
    @DryRunOrReal.Answered
    HttpResponse<?> withdraw(Authentication authentication, @PathIds.AccountId @PathVariable String id,
                                        @Valid @Body CashRequest request,
                                        @IdempotencyKeyHeader @Nullable @Header(IdempotencyGate.HEADER)
                                        String idempotencyKey) {
        return moveCash(authentication, id, request, idempotencyKey, false);
    }

    private HttpResponse<?> moveCash(Authentication authentication, String id, CashRequest request,
                                     String idempotencyKey, boolean deposit) {
        Account account = access.anyAccount(id);
        Money amount = Problems.readField("amount", () -> Money.parse(request.amount(), account.currency()));
        return requests.transfer(Caller.of(authentication), idempotencyKey, request.dryRun(), HttpStatus.CREATED,
                (useCases, key) -> {
                    CashCommand command = new CashCommand(account.id(), amount, request.description(), key);
                    return deposit ? useCases.cash().deposit(command) : useCases.cash().withdraw(command);
                });
    }
}
