package bankcore.api.dryrun;

import bankcore.api.access.Caller;
import bankcore.api.idempotency.IdempotencyGate;
import bankcore.api.view.DryRunView;
import bankcore.api.view.DryRunView.BalanceAfter;
import bankcore.api.view.MovedMoney;
import bankcore.core.domain.Account;
import bankcore.core.domain.IdempotencyKey;
import bankcore.core.domain.Transfer;
import bankcore.core.port.in.DryRun;
import bankcore.core.port.in.DryRun.MoneyMovement;
import bankcore.core.port.in.DryRun.Rehearsal;
import bankcore.core.port.in.HoldFunds;
import bankcore.core.port.in.LedgerQueries;
import bankcore.core.port.in.MoveCash;
import bankcore.core.port.in.TransferMoney;
import bankcore.core.port.in.TransferMoney.Posted;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.inject.Singleton;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.LongStream;

/**
 * Every money-moving request, run for real or, with {@code dry_run: true}, rehearsed. A controller writes what
 * the request does once, against the use cases it is handed, and says how each kind of run is answered. For real
 * the request runs with the caller's Idempotency-Key behind {@link IdempotencyGate}; rehearsed, the core runs the
 * very same code inside the writer and writes nothing, so the answer is 200 whatever the real status would be,
 * and a refusal is thrown exactly as the real request would throw it.
 */
@Singleton
public final class DryRunOrReal {
    private final MoneyMovement ledger;
    private final DryRun rehearsals;
    private final IdempotencyGate idempotency;
    private final LedgerQueries queries;

    DryRunOrReal(TransferMoney transfers, MoveCash cash, HoldFunds holds, DryRun dryRun, IdempotencyGate idempotency,
                 LedgerQueries queries) {
        this.ledger = new UseCases(transfers, cash, holds);
        this.rehearsals = dryRun;
        this.idempotency = idempotency;
        this.queries = queries;
    }

    /** What a request does, given the use cases to do it with and the caller's key (if it sent one). */
    @FunctionalInterface
    public interface Request<T> {
        T runOn(MoneyMovement useCases, Optional<IdempotencyKey> key);
    }

    /**
     * @param header    the request's Idempotency-Key, if it sent one
     * @param dryRun    the body's {@code dry_run}: only {@code true} rehearses
     * @param real      the answer to the request once it has run
     * @param rehearsed the body of the 200 that answers a dry run
     */
    public <T> HttpResponse<?> answer(Caller caller, @Nullable String header, @Nullable Boolean dryRun,
                                      Request<T> request, Function<T, HttpResponse<?>> real,
                                      Function<Rehearsed<T>, ?> rehearsed) {
        Optional<String> sent = Optional.ofNullable(header);
        if (Boolean.TRUE.equals(dryRun)) {
            Optional<IdempotencyKey> key = idempotency.keyOf(caller, sent);
            Rehearsal<T> rehearsal = rehearsals.rehearse(useCases -> request.runOn(useCases, key));
            Map<Long, Account> changed = rehearsal.accountsAfter();
            // An account the request would not change (an idempotent replay changes none) stays as committed.
            LongFunction<Account> after = id -> changed.containsKey(id) ? changed.get(id)
                    : queries.account(id).orElseThrow();
            return HttpResponse.ok(rehearsed.apply(new Rehearsed<>(rehearsal.result(), after)));
        }
        return real.apply(idempotency.run(caller, sent, key -> request.runOn(ledger, key)));
    }

    /** A request that moves money once: its transfer with {@code status}, or what would happen. */
    public HttpResponse<?> transfer(Caller caller, @Nullable String header, @Nullable Boolean dryRun,
                                    HttpStatus status, Request<Posted> request) {
        return answer(caller, header, dryRun, request, posted -> MovedMoney.respond(status, posted),
                rehearsed -> transferView(status, rehearsed));
    }

    /** What a request that moves money once would do, for one whose real answer is not that transfer. */
    public static DryRunView transferView(HttpStatus status, Rehearsed<Posted> rehearsed) {
        return DryRunView.of(status.getCode(), rehearsed.result().transfer(), rehearsed.accountAfter());
    }

    /** A rehearsed request's result, and each account as the request would leave it. */
    public record Rehearsed<T>(T result, LongFunction<Account> accountAfter) {

        /** Every account {@code transfers} touch, once each and lowest id first, as it would be after. */
        public List<BalanceAfter> balancesAfter(Collection<Transfer> transfers) {
            return transfers.stream()
                    .flatMapToLong(transfer -> LongStream.of(transfer.debitAccountId(), transfer.creditAccountId()))
                    .distinct().sorted().mapToObj(id -> BalanceAfter.of(accountAfter.apply(id))).toList();
        }
    }

    /** The ledger's own use cases, for the real run. */
    private record UseCases(TransferMoney transfers, MoveCash cash, HoldFunds holds) implements MoneyMovement {
    }

    /** The documented 200 of a request that answers 201 (or another 200) when it is not a dry run. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "200", description = "dry_run: true, what would happen; nothing was written",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = DryRunView.TRANSFER_OR_DRY_RUN)))
    public @interface Answered {
    }
}
