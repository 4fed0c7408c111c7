package bankcore.api.accounts;

import bankcore.api.access.Caller;
import bankcore.api.access.CallerAccess;
import bankcore.api.access.PathIds;
import bankcore.api.problem.ProblemResponses;
import bankcore.api.query.Instants;
import bankcore.api.query.QueryParameters;
import bankcore.core.domain.Account;
import bankcore.core.domain.Page;
import bankcore.core.port.in.LedgerQueries;
import bankcore.core.port.in.LedgerQueries.StatementRange;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
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
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;

/** What an account's journal says: its entries with running balances, and its balance at any instant. */
@Controller("/accounts/{id}")
@Tag(name = "statements")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ProblemResponses.Unauthorized
@ProblemResponses.NotFound
@ProblemResponses.Unprocessable
@ProblemResponses.Always
class StatementController {

    private final LedgerQueries queries;
    private final CallerAccess access;
    private final InstantSource clock;

    StatementController(LedgerQueries queries, CallerAccess access, InstantSource clock) {
        this.queries = queries;
        this.access = access;
        this.clock = clock;
    }

    @Get("/balance")
    @Operation(operationId = "getBalance", summary = "An account's balance at an instant (owner or admin)",
            description = "The balance after every transfer posted up to as_of (now when absent), the holds open "
                    + "then and the credit limit in force then, read from the journal and the audit log. 422 for a "
                    + "malformed as_of.")
    @ApiResponse(responseCode = "200", description = "the balance")
    BalanceView balance(Authentication authentication, @PathIds.AccountId @PathVariable String id,
                        @Parameter(description = "RFC 3339 instant; now when absent",
                                schema = @Schema(type = "string", format = "date-time",
                                        example = "2026-03-01T00:00:00Z"))
                        @Nullable @QueryValue("as_of") String asOf) {
        Account account = access.account(Caller.of(authentication), id);
        Instant instant = Instants.parse("as_of", asOf).orElseGet(clock::instant);
        return BalanceView.of(queries.balanceAndHoldsAsOf(account.id(), instant));
    }

    @Get("/statement")
    @Produces({MediaType.APPLICATION_JSON, StatementCsv.MEDIA_TYPE})
    @Operation(operationId = "getStatement", summary = "Entries with running balance, newest first (owner or admin)",
            description = "JSON is paged by cursor; with `Accept: text/csv` (and not application/json) every entry "
                    + "in the range comes as CSV, not paged. 422 for a malformed from, to, cursor or limit.")
    @ApiResponse(responseCode = "200", description = "a page of entries, or the CSV",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = StatementPage.class)),
                @Content(mediaType = StatementCsv.MEDIA_TYPE, schema = @Schema(type = "string",
                        example = StatementCsv.HEADER))})
    HttpResponse<?> statement(Authentication authentication, @PathIds.AccountId @PathVariable String id,
                              @QueryParameters.From @Nullable @QueryValue String from,
                              @QueryParameters.To @Nullable @QueryValue String to,
                              @QueryParameters.Cursor @Nullable @QueryValue String cursor,
                              @QueryParameters.Limit @QueryValue(defaultValue = "50") int limit,
                              @Parameter(hidden = true) @Nullable @Header("Accept") String accept) {
        Account account = access.account(Caller.of(authentication), id);
        StatementRange range = new StatementRange(Instants.parse("from", from), Instants.parse("to", to));
        if (wantsCsv(accept)) {
            Writable csv = out -> {
                out.write(StatementCsv.HEADER);
                queries.forEachStatementEntry(account.id(), range, entry -> write(out, StatementCsv.row(entry)));
            };
            return HttpResponse.ok(csv).contentType(StatementCsv.MEDIA_TYPE + "; charset=utf-8");
        }
        return HttpResponse.ok(StatementPage.of(queries.statement(account.id(), range, Optional.ofNullable(cursor),
                Page.requireLimit(limit)), account)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** CSV when asked for and JSON is not also acceptable: a client that takes both (a generated one) gets JSON. */
    private static boolean wantsCsv(String accept) {
        return accept != null && accept.contains(StatementCsv.MEDIA_TYPE)
                && !accept.contains(MediaType.APPLICATION_JSON);
    }

    private static void write(Writer out, String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
