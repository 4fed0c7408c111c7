package bankcore.api.transfers;

import bankcore.api.BankSettings;
import bankcore.api.access.Caller;
import bankcore.api.access.CallerAccess;
import bankcore.api.problem.ProblemResponses;
import bankcore.api.query.Instants;
import bankcore.api.query.QueryParameters;
import bankcore.core.domain.Account;
import bankcore.core.domain.Money;
import bankcore.core.domain.Page;
import bankcore.core.domain.TransferFilter;
import bankcore.core.port.in.LedgerQueries;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.Currency;
import java.util.Optional;

/** The journal, searched: a customer sees the transfers that touch its own accounts, an admin every one. */
@Controller
@Tag(name = "transfers")
@Secured(SecurityRule.IS_AUTHENTICATED)
class TransferSearchController {

    private final LedgerQueries queries;
    private final CallerAccess access;
    private final BankSettings settings;

    TransferSearchController(LedgerQueries queries, CallerAccess access, BankSettings settings) {
        this.queries = queries;
        this.access = access;
        this.settings = settings;
    }

    @Get("/transfers")
    @Operation(operationId = "searchTransfers", summary = "Search transfers, newest first",
            description = "A customer sees the transfers that touch its own accounts (another's account_id is "
                    + "404); an admin sees all. Amount bounds are decimals in the account's currency when account_id "
                    + "is given, else in the bank's currency, and are compared in minor units. 422 for a malformed "
                    + "parameter.")
    @ApiResponse(responseCode = "200", description = "a page of transfers")
    @ProblemResponses.Unauthorized
    @ProblemResponses.NotFound
    @ProblemResponses.Unprocessable
    @ProblemResponses.Always
    TransferPage search(Authentication authentication,
                        @Parameter(description = "only transfers that debit or credit this account",
                                schema = @Schema(type = "integer", format = "int64", example = "7"))
                        @Nullable @QueryValue("account_id") String accountId,
                        @QueryParameters.From @Nullable @QueryValue String from,
                        @QueryParameters.To @Nullable @QueryValue String to,
                        @Parameter(description = "only transfers of at least this amount (inclusive)",
                                schema = @Schema(type = "string", example = "10.00"))
                        @Nullable @QueryValue("min_amount") String minAmount,
                        @Parameter(description = "only transfers of at most this amount (inclusive)",
                                schema = @Schema(type = "string", example = "500.00"))
                        @Nullable @QueryValue("max_amount") String maxAmount,
                        @QueryParameters.Cursor @Nullable @QueryValue String cursor,
                        @QueryParameters.Limit @QueryValue(defaultValue = "50") int limit) {
        Caller caller = Caller.of(authentication);
        Optional<Account> account = Optional.ofNullable(accountId).map(id -> access.account(caller, id));
        Currency currency = account.map(Account::currency).orElse(settings.currency());
        Optional<Long> customer = caller.admin() || account.isPresent() ? Optional.empty() : Optional.of(caller.id());
        TransferFilter filter = new TransferFilter(account.map(Account::id), customer,
                minor(minAmount, currency), minor(maxAmount, currency),
                Instants.parse("from", from), Instants.parse("to", to));
        return TransferPage.of(queries.transfers(filter, Optional.ofNullable(cursor), Page.requireLimit(limit)),
                queries::status);
    }

    private static Optional<Long> minor(String amount, Currency currency) {
        return Optional.ofNullable(amount).map(text -> Money.parse(text, currency).amountMinor());
    }
}
