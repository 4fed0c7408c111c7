package bankcore.core.service;

import bankcore.core.contract.InMemoryLedgerStore;
import bankcore.core.contract.SettableClock;
import bankcore.core.domain.Account;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.Customer;
import bankcore.core.domain.IdempotencyKey;
import bankcore.core.domain.Money;
import bankcore.core.domain.Outcome;
import bankcore.core.domain.Refusal;
import bankcore.core.domain.Role;
import bankcore.core.domain.Transfer;
import bankcore.core.port.out.IdSource;
import bankcore.core.port.out.IdempotencyRecord;
import bankcore.core.port.out.LedgerCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Exactly-once for retries, on the in-memory store: the rules of {@link Idempotency} alone. */
class IdempotencyTest {
    private static final Currency EUR = Currencies.of("EUR");
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00.123456Z");
    private static final IdempotencyKey KEY = new IdempotencyKey("customer:1", "order-1");
    private final InMemoryLedgerStore store = new InMemoryLedgerStore();
    private final SettableClock clock = new SettableClock(NOW);
    private final Posting posting = new Posting(clock, IdSource.random());
    private final AtomicInteger runs = new AtomicInteger();
    private long from;
    private long to;

    @BeforeEach
    void cashAndOneCustomerAccount() {
        from = this.<Long>writeOne(tx -> posting.cashAccount(tx, EUR).id()).get(0);
        to = this.<Long>writeOne(tx -> {
            long owner = tx.insertCustomer(new Customer(0, "Alice", "alice@example.org", Role.CUSTOMER, NOW, null)).id();
            return tx.insertAccount(Account.openFor(owner, EUR, NOW)).id();
        }).get(0);
    }

    @Test
    void the_first_request_runs_and_its_record_is_stamped_by_the_core_clock() {
        Idempotency.Result first = run("transfer|a", Optional.of(KEY)).get(0).orThrow();

        assertThat(first.replayed()).isFalse();
        assertThat(runs).hasValue(1);
        IdempotencyRecord record = this.<IdempotencyRecord>writeOne(tx -> tx.idempotencyRecord(KEY).orElseThrow())
                .get(0);
        assertThat(record.createdAt()).isEqualTo(NOW);
        assertThat(record.transferIds()).containsExactly(first.transfers().get(0).id());
    }

    @Test
    void the_same_request_again_replays_the_first_transfers_without_running_again() {
        Idempotency.Result first = run("transfer|a", Optional.of(KEY)).get(0).orThrow();

        Idempotency.Result again = run("transfer|a", Optional.of(KEY)).get(0).orThrow();

        assertThat(again.replayed()).isTrue();
        assertThat(again.transfers()).isEqualTo(first.transfers());
        assertThat(runs).hasValue(1);
    }

    @Test
    void the_same_key_for_another_request_is_a_conflict() {
        run("transfer|a", Optional.of(KEY));

        Outcome<Idempotency.Result> other = run("transfer|b", Optional.of(KEY)).get(0);

        assertThat(other.refusal().refusal()).isEqualTo(Refusal.IDEMPOTENCY_CONFLICT);
        assertThat(runs).hasValue(1);
    }

    @Test
    void without_a_key_every_request_runs_and_nothing_is_remembered() {
        run("transfer|a", Optional.empty());
        run("transfer|a", Optional.empty());

        assertThat(runs).hasValue(2);
        assertThat(this.<Boolean>writeOne(tx -> tx.idempotencyRecord(KEY).isPresent())).containsExactly(false);
    }

    private List<Outcome<Idempotency.Result>> run(String fingerprint, Optional<IdempotencyKey> key) {
        LedgerCommand<Idempotency.Result> command = tx -> Idempotency.run(tx, key, fingerprint, clock, () -> {
            runs.incrementAndGet();
            Transfer posted = posting.post(tx, from, to, Money.parse("1.00", EUR), "", null);
            return List.of(posted);
        });
        return store.write(List.of(command));
    }

    private <T> List<T> writeOne(LedgerCommand<T> command) {
        return store.write(List.of(command)).stream().map(Outcome::orThrow).toList();
    }
}
