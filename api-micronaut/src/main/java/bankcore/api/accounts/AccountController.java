package bankcore.api.accounts;

import bankcore.api.access.Caller;
import bankcore.api.access.CallerAccess;
import bankcore.api.idempotency.IdempotencyGate;
import bankcore.api.problem.Problem;
import bankcore.api.problem.ProblemException;
import bankcore.api.problem.ProblemKind;
import bankcore.api.view.AccountView;
import bankcore.api.view.MovedMoney;
import bankcore.api.view.TransferView;
import bankcore.core.domain.Account;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.Money;
import bankcore.core.domain.Page;
import bankcore.core.port.in.LedgerQueries;
import bankcore.core.port.in.LedgerQueries.StatementRange;
import bankcore.core.port.in.ManageAccounts;
import bankcore.core.port.in.MoveCash;
import bankcore.core.port.in.MoveCash.CashCommand;
import bankcore.core.port.in.OpenAccount;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

@Controller("/accounts")
@Tag(name = "accounts")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "401", description = "no or bad token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "404", description = "no such account, or not yours",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class AccountController {

    private final OpenAccount openAccount;
    private final ManageAccounts controls;
    private final MoveCash cash;
    private final LedgerQueries queries;
    private final CallerAccess access;
    private final IdempotencyGate idempotency;

    AccountController(OpenAccount openAccount, ManageAccounts controls, MoveCash cash, LedgerQueries queries,
                      CallerAccess access, IdempotencyGate idempotency) {
        this.openAccount = openAccount;
        this.controls = controls;
        this.cash = cash;
        this.queries = queries;
        this.access = access;
        this.idempotency = idempotency;
    }

    @Post
    @Operation(summary = "Open another account for yourself")
    @ApiResponse(responseCode = "201", description = "the new account; Location names it")
    @ApiResponse(responseCode = "422", description = "unknown or unsupported currency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<AccountView> open(Authentication authentication, @Valid @Body OpenAccountRequest request) {
        Account account = openAccount.open(Caller.of(authentication).id(), Currencies.of(request.currency()));
        return HttpResponse.created(AccountView.of(account), URI.create("/accounts/" + account.id()));
    }

    @Get("/{id}")
    @Operation(summary = "An account's balance and status (owner or admin)")
    AccountView get(Authentication authentication, @PathVariable String id) {
        return AccountView.of(access.account(Caller.of(authentication), id));
    }

    @Get("/{id}/statement")
    @Produces({MediaType.APPLICATION_JSON, StatementCsv.MEDIA_TYPE})
    @Operation(summary = "Entries with running balance, newest first (owner or admin)",
            description = "JSON is paged by cursor; with Accept: text/csv every entry in the range comes as CSV.")
    @ApiResponse(responseCode = "200", description = "a page of entries, or the CSV",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = StatementPage.class)),
                @Content(mediaType = StatementCsv.MEDIA_TYPE, schema = @Schema(type = "string",
                        example = StatementCsv.HEADER))})
    @ApiResponse(responseCode = "422", description = "bad from, to, cursor or limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<?> statement(Authentication authentication, @PathVariable String id,
                              @Parameter(description = "ISO-8601 instant, inclusive", example = "2026-03-01T00:00:00Z")
                              @Nullable @QueryValue String from,
                              @Parameter(description = "ISO-8601 instant, exclusive", example = "2026-04-01T00:00:00Z")
                              @Nullable @QueryValue String to,
                              @Parameter(description = "next_cursor of the previous page") @Nullable @QueryValue
                              String cursor,
                              @Parameter(description = "1 to 200") @QueryValue(defaultValue = "50") int limit,
                              @Nullable @Header("Accept") String accept) {
        Account account = access.account(Caller.of(authentication), id);
        StatementRange range = new StatementRange(instant("from", from), instant("to", to));
        if (accept != null && accept.contains(StatementCsv.MEDIA_TYPE)) {
            Writable csv = out -> {
                out.write(StatementCsv.HEADER);
                queries.forEachStatementEntry(account.id(), range, entry -> write(out, StatementCsv.row(entry)));
            };
            return HttpResponse.ok(csv).contentType(StatementCsv.MEDIA_TYPE + "; charset=utf-8");
        }
        return HttpResponse.ok(StatementPage.of(queries.statement(account.id(), range, Optional.ofNullable(cursor),
                Page.requireLimit(limit)))).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Post("/{id}/deposits")
    @Secured("ADMIN")
    @Operation(summary = "Cash in: from the bank's cash account to this one (admin)")
    @ApiResponse(responseCode = "201", description = "the deposit's transfer; Location names it",
            headers = {
                @io.swagger.v3.oas.annotations.headers.Header(name = "Location",
                        description = "the transfer: /transfers/{id}"),
                @io.swagger.v3.oas.annotations.headers.Header(name = "Idempotent-Replayed",
                        description = "true when this repeats the first response to an Idempotency-Key")})
    @CashMovementResponses
    HttpResponse<TransferView> deposit(Authentication authentication, @PathVariable String id,
                                       @Valid @Body CashRequest request,
                                       @Nullable @Header(IdempotencyGate.HEADER) String idempotencyKey) {
        return moveCash(authentication, id, request, idempotencyKey, true);
    }

    @Post("/{id}/withdrawals")
    @Secured("ADMIN")
    @Operation(summary = "Cash out: from this account to the bank's cash account (admin)")
    @ApiResponse(responseCode = "201", description = "the withdrawal's transfer; Location names it",
            headers = {
                @io.swagger.v3.oas.annotations.headers.Header(name = "Location",
                        description = "the transfer: /transfers/{id}"),
                @io.swagger.v3.oas.annotations.headers.Header(name = "Idempotent-Replayed",
                        description = "true when this repeats the first response to an Idempotency-Key")})
    @ApiResponse(responseCode = "400", description = "insufficient funds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @CashMovementResponses
    HttpResponse<TransferView> withdraw(Authentication authentication, @PathVariable String id,
                                        @Valid @Body CashRequest request,
                                        @Nullable @Header(IdempotencyGate.HEADER) String idempotencyKey) {
        return moveCash(authentication, id, request, idempotencyKey, false);
    }

    @Post("/{id}/freeze")
    @Secured("ADMIN")
    @Operation(summary = "Freeze an account: it can neither send nor receive (admin)")
    AccountView freeze(@PathVariable String id) {
        return AccountView.of(controls.freeze(access.anyAccount(id).id()));
    }

    @Post("/{id}/unfreeze")
    @Secured("ADMIN")
    @Operation(summary = "Unfreeze an account (admin)")
    AccountView unfreeze(@PathVariable String id) {
        return AccountView.of(controls.unfreeze(access.anyAccount(id).id()));
    }

    @Post("/{id}/close")
    @Secured("ADMIN")
    @Operation(summary = "Close an account; only at balance 0 (admin)")
    @ApiResponse(responseCode = "409", description = "balance is not zero, or already closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    AccountView close(@PathVariable String id) {
        return AccountView.of(controls.close(access.anyAccount(id).id()));
    }

    private HttpResponse<TransferView> moveCash(Authentication authentication, String id, CashRequest request,
                                                String idempotencyKey, boolean deposit) {
        Caller caller = Caller.of(authentication);
        Account account = access.anyAccount(id);
        Money amount = Money.parse(request.amount(), account.currency());
        return MovedMoney.respond(HttpStatus.CREATED, idempotency.run(caller, Optional.ofNullable(idempotencyKey),
                key -> {
                    CashCommand command = new CashCommand(account.id(), amount, request.description(), key);
                    return deposit ? cash.deposit(command) : cash.withdraw(command);
                }));
    }

    private static Optional<Instant> instant(String name, String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            throw new ProblemException(ProblemKind.VALIDATION_FAILED,
                    name + " must be an ISO-8601 instant such as 2026-03-01T00:00:00Z");
        }
    }

    private static void write(Writer out, String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
