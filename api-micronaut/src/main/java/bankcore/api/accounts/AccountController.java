package bankcore.api.accounts;

import bankcore.api.access.Caller;
import bankcore.api.access.CallerAccess;
import bankcore.api.access.PathIds;
import bankcore.api.problem.ProblemResponses;
import bankcore.api.problem.Problems;
import bankcore.api.view.AccountView;
import bankcore.core.domain.Account;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.Money;
import bankcore.core.port.in.ManageAccounts;
import bankcore.core.port.in.OpenAccount;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.net.URI;

/** Accounts themselves: opening one, reading it, and an operator's freeze, unfreeze and close. */
@Controller("/accounts")
@Tag(name = "accounts")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ProblemResponses.Unauthorized
@ProblemResponses.Always
class AccountController {

    private final OpenAccount openAccount;
    private final ManageAccounts controls;
    private final CallerAccess access;

    AccountController(OpenAccount openAccount, ManageAccounts controls, CallerAccess access) {
        this.openAccount = openAccount;
        this.controls = controls;
        this.access = access;
    }

    @Post
    @Operation(operationId = "openAccount", summary = "Open another account for yourself",
            description = "422 `unsupported-currency` for a currency the bank does not keep.")
    @ApiResponse(responseCode = "201", description = "the new account, with balance 0",
            headers = @Header(name = "Location", description = "the account: /accounts/{id}",
                    schema = @Schema(type = "string", format = "uri-reference", example = "/accounts/8")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AccountView.class)))
    @ProblemResponses.WithBody
    HttpResponse<AccountView> open(Authentication authentication, @Valid @Body OpenAccountRequest request) {
        Account account = openAccount.open(Caller.of(authentication).id(),
                Problems.readField("currency", () -> Currencies.of(request.currency())));
        return HttpResponse.created(AccountView.of(account), URI.create("/accounts/" + account.id()));
    }

    @Get("/{id}")
    @Operation(operationId = "getAccount", summary = "An account's balance and status (owner or admin)",
            description = "Another customer's account is 404, like one that does not exist.")
    @ApiResponse(responseCode = "200", description = "the account")
    @ProblemResponses.NotFound
    AccountView get(Authentication authentication, @PathIds.AccountId @PathVariable String id) {
        return AccountView.of(access.account(Caller.of(authentication), id));
    }

    @Post("/{id}/freeze")
    @Secured("ADMIN")
    @Operation(operationId = "freezeAccount",
            summary = "Freeze an account: it can neither send nor receive (admin)",
            description = "409 `account-not-active` when the account is closed.")
    @ApiResponse(responseCode = "200", description = "the account, now frozen")
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    AccountView freeze(@PathIds.AccountId @PathVariable String id) {
        return AccountView.of(controls.freeze(access.anyAccount(id).id()));
    }

    @Post("/{id}/unfreeze")
    @Secured("ADMIN")
    @Operation(operationId = "unfreezeAccount", summary = "Unfreeze an account (admin)",
            description = "409 `account-not-active` when the account is closed.")
    @ApiResponse(responseCode = "200", description = "the account, active again")
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    AccountView unfreeze(@PathIds.AccountId @PathVariable String id) {
        return AccountView.of(controls.unfreeze(access.anyAccount(id).id()));
    }

    @Put("/{id}/credit-limit")
    @Secured("ADMIN")
    @Operation(operationId = "setCreditLimit", summary = "Set how far below zero an account may go (admin)",
            description = "The account may then spend down to minus the limit, holds counted. 409 "
                    + "`credit-limit-in-use` for a limit below what the account already uses; 422 for a negative "
                    + "limit, or one on the bank's cash account.")
    @ApiResponse(responseCode = "200", description = "the account, with its new limit")
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.WithBody
    AccountView setCreditLimit(@PathIds.AccountId @PathVariable String id, @Valid @Body CreditLimitRequest request) {
        Account account = access.anyAccount(id);
        return AccountView.of(controls.setCreditLimit(account.id(), Money.parse(request.amount(), account.currency())));
    }

    @Post("/{id}/close")
    @Secured("ADMIN")
    @Operation(operationId = "closeAccount", summary = "Close an account; only at balance 0 (admin)",
            description = "409 `account-not-empty` when the balance is not zero, `account-not-active` when it is "
                    + "already closed.")
    @ApiResponse(responseCode = "200", description = "the account, now closed")
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    AccountView close(@PathIds.AccountId @PathVariable String id) {
        return AccountView.of(controls.close(access.anyAccount(id).id()));
    }
}
