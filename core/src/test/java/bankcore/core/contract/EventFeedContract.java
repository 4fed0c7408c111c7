package bankcore.core.contract;

import bankcore.core.domain.Account;
import bankcore.core.domain.Customer;
import bankcore.core.domain.Event;
import bankcore.core.domain.EventType;
import bankcore.core.domain.Outcome;
import bankcore.core.domain.Refusal;
import bankcore.core.domain.Transfer;
import bankcore.core.port.in.ChangeFeed;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every store's change feed must do: an event per change, written with it (a refused command
 * leaves none), gap-free positions in commit order that agree with the journal, pages, and
 * subscriptions that miss nothing and repeat nothing.
 */
public abstract class EventFeedContract extends StoreContractFixture {

    @AfterEach
    void feedAgreesWithTheJournal() {
        if (ledger != null) {
            FeedMatchesJournal.assertHolds(ledger);
        }
    }

    @Test
    void registration_records_the_customer_and_its_first_account_without_the_password_hash() {
        var ada = ledger.registration().register(bankcore.core.port.in.RegisterCustomer.Command.customer("Ada & Co",
                "ada+feed@example.org", "a-long-enough-password".toCharArray(), EUR));

        List<Event> feed = ledger.events().read(0, 10);

        assertThat(feed).extracting(Event::type)
                .containsExactly(EventType.CUSTOMER_REGISTERED, EventType.ACCOUNT_OPENED);
        Customer c = ada.customer();
        assertThat(feed.get(0).customer()).isEqualTo(new Customer(c.id(), c.name(), c.email(), c.role(),
                c.createdAt(), null));
        assertThat(feed.get(0).occurredAt()).isEqualTo(START);
        assertThat(feed.get(0).data()).doesNotContain(ada.customer().passwordHash());
        assertThat(feed.get(1).account()).isEqualTo(ada.account());
    }

    @Test
    void a_transfer_records_the_transfer_as_posted_and_its_reversal_as_reversed() {
        long alice = funded("alice@example.org", "100.00");
        long bob = account("bob@example.org");
        clock.advance(Duration.ofSeconds(3));

        Transfer rent = ledger.transfers().transfer(TransferCommand.of(alice, bob, eur("30.25"), "rent\tmay")).transfer();
        Transfer undone = ledger.transfers().reverse(rent.id(), "", Optional.empty()).transfer();

        List<Event> last = tail(2);
        assertThat(last).extracting(Event::type).containsExactly(EventType.TRANSFER_POSTED, EventType.TRANSFER_REVERSED);
        assertThat(last.get(0).transfer()).isEqualTo(rent);
        assertThat(last.get(0).occurredAt()).isEqualTo(rent.createdAt());
        assertThat(last.get(1).transfer()).isEqualTo(undone);
    }

    @Test
    void the_first_deposit_in_a_currency_records_the_cash_account_it_opens() {
        long alice = account("alice@example.org");

        Transfer deposit = deposit(alice, "5.00");

        List<Event> last = tail(2);
        assertThat(last).extracting(Event::type).containsExactly(EventType.ACCOUNT_OPENED, EventType.TRANSFER_POSTED);
        assertThat(last.get(0).account().isSystem()).isTrue();
        assertThat(last.get(1).transfer()).isEqualTo(deposit);
    }

    @Test
    void status_changes_record_the_account_after_the_change_at_the_time_it_happened() {
        long alice = account("alice@example.org");
        clock.advance(Duration.ofMinutes(1));

        Account frozen = ledger.accountControls().freeze(alice);
        Account active = ledger.accountControls().unfreeze(alice);
        Account closed = ledger.accountControls().close(alice);

        List<Event> last = tail(3);
        assertThat(last).extracting(Event::type)
                .containsExactly(EventType.ACCOUNT_FROZEN, EventType.ACCOUNT_UNFROZEN, EventType.ACCOUNT_CLOSED);
        assertThat(last).extracting(Event::account).containsExactly(frozen, active, closed);
        assertThat(last).extracting(Event::occurredAt).containsOnly(START.plus(Duration.ofMinutes(1)));
    }

    @Test
    void a_refused_command_records_nothing_and_the_next_position_follows_without_a_gap() {
        long alice = funded("alice@example.org", "10.00");
        long bob = account("bob@example.org");
        long before = ledger.events().lastPosition();

        List<Outcome<bankcore.core.port.in.TransferMoney.Posted>> outcomes = ledger.transfers().transferEach(List.of(
                TransferCommand.of(alice, bob, eur("4.00"), "ok"),
                TransferCommand.of(alice, bob, eur("400.00"), "too much"),
                TransferCommand.of(alice, bob, eur("5.00"), "ok too")));
        assertRefused(() -> ledger.accountControls().close(alice), Refusal.ACCOUNT_NOT_EMPTY);

        assertThat(outcomes.get(1).refusal().refusal()).isEqualTo(Refusal.INSUFFICIENT_FUNDS);
        List<Event> recorded = ledger.events().read(before, 10);
        assertThat(recorded).extracting(Event::position).containsExactly(before + 1, before + 2);
        assertThat(recorded).extracting(e -> e.transfer().description()).containsExactly("ok", "ok too");
    }

    @Test
    void reads_in_pages_after_any_position_and_refuses_a_bad_page() {
        long alice = funded("alice@example.org", "10.00");
        long bob = account("bob@example.org");
        for (int i = 0; i < 5; i++) {
            ledger.transfers().transfer(TransferCommand.of(alice, bob, eur("1.00"), "n" + i));
        }
        long last = ledger.events().lastPosition();

        assertThat(ledger.events().read(last - 3, 2)).extracting(Event::position).containsExactly(last - 2, last - 1);
        assertThat(ledger.events().read(last, 10)).isEmpty();
        assertThat(ledger.events().read(last + 100, 10)).isEmpty();
        assertRefused(() -> ledger.events().read(-1, 10), Refusal.INVALID_ARGUMENT);
        assertRefused(() -> ledger.events().read(0, 0), Refusal.INVALID_ARGUMENT);
        assertRefused(() -> ledger.events().read(0, ChangeFeed.MAX_READ + 1), Refusal.INVALID_ARGUMENT);
    }

    @Test
    void a_subscription_hands_over_the_past_then_each_new_event_once_in_order() throws Exception {
        long alice = funded("alice@example.org", "100.00");
        long bob = account("bob@example.org");
        long resumeAfter = ledger.events().lastPosition() - 1;
        List<Event> seen = new CopyOnWriteArrayList<>();

        try (ChangeFeed.Subscription subscription = ledger.events().subscribe(resumeAfter, seen::add)) {
            eventually(() -> seen.size() == 1);
            for (int i = 0; i < 20; i++) {
                ledger.transfers().transfer(TransferCommand.of(alice, bob, eur("1.00"), "live " + i));
            }
            long last = ledger.events().lastPosition();
            eventually(() -> subscription.position() == last);
            assertThat(subscription.failure()).isEmpty();
        }

        assertThat(seen).extracting(Event::position)
                .containsExactlyElementsOf(ledger.events().read(resumeAfter, 100).stream().map(Event::position).toList());
    }

    @Test
    void a_consumer_that_throws_ends_its_subscription_and_the_failure_is_kept() throws Exception {
        account("alice@example.org");
        IllegalStateException broken = new IllegalStateException("consumer broke");

        try (ChangeFeed.Subscription subscription = ledger.events().subscribe(0, event -> {
            throw broken;
        })) {
            eventually(() -> subscription.failure().isPresent());
            assertThat(subscription.failure()).containsSame(broken);
            assertThat(subscription.position()).isZero();
        }
        assertThatThrownBy(() -> ledger.events().subscribe(-1, event -> { }))
                .hasMessageContaining("after must be");
    }

    @Test
    void concurrent_writers_get_gap_free_positions_and_a_follower_sees_each_event_once() throws Exception {
        long[] accounts = new long[8];
        for (int i = 0; i < accounts.length; i++) {
            accounts[i] = funded("payer" + i + "@example.org", "1000.00");
        }
        List<Event> followed = new CopyOnWriteArrayList<>();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try (ChangeFeed.Subscription subscription = ledger.events().subscribe(0, followed::add)) {
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int caller = t;
                done.add(callers.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        long from = accounts[(caller + i) % accounts.length];
                        long to = accounts[(caller + i + 1) % accounts.length];
                        ledger.transfers().transfer(TransferCommand.of(from, to, eur("0.01"), "c" + caller));
                    }
                }));
            }
            for (Future<?> each : done) {
                each.get(60, TimeUnit.SECONDS);
            }
            long last = ledger.events().lastPosition();
            eventually(() -> subscription.position() == last);
        } finally {
            callers.shutdownNow();
        }

        assertThat(followed).isEqualTo(FeedMatchesJournal.assertHolds(ledger));
    }

    private List<Event> tail(int count) {
        long last = ledger.events().lastPosition();
        return ledger.events().read(last - count, count);
    }

    /** Waits, polling, for what another thread is doing: at most 20 s, for a loaded machine. */
    private static void eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s for the feed").isLessThan(giveUpAt);
            Thread.sleep(10);
        }
    }
}
