package bankcore.core.contract;

import bankcore.core.domain.Event;
import bankcore.core.domain.Refusal;
import bankcore.core.domain.WebhookDelivery;
import bankcore.core.domain.WebhookEndpoint;
import bankcore.core.port.in.ManageWebhooks;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import bankcore.core.port.out.EventReader;
import bankcore.core.port.out.WebhookSender;
import bankcore.core.port.out.WebhookStore;
import bankcore.core.service.WebhookDispatcher;
import bankcore.core.service.WebhookService;
import bankcore.core.service.WebhookSignature;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every store's webhook side must do, driven through the core's webhook service and dispatcher
 * (one pass at a time, on the test's clock) against a receiver that records what it gets.
 */
public abstract class WebhookContract extends StoreContractFixture {
    private static final URI RECEIVER = URI.create("http://hooks.example.test/bankcore");
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final WebhookDispatcher.Settings SETTINGS = new WebhookDispatcher.Settings(Duration.ofSeconds(1),
            Duration.ofMinutes(10), Duration.ofHours(24), Duration.ofMillis(10), LEASE, 2);

    private final List<Received> received = new ArrayList<>();
    private int failuresToAnswer;
    private boolean unreachable;
    /** The receiver's process "crashes" (the sender throws) when this many more requests have arrived. */
    private int crashAfter = Integer.MAX_VALUE;
    private int recordings;
    private WebhookStore store;
    private ManageWebhooks webhooks;
    private WebhookDispatcher dispatcher;

    private record Received(URI url, Map<String, String> headers, String body) {
    }

    /** A webhook store on the same database as {@link #ledger}'s (opened by {@link #builderOnEmptyStore()}). */
    protected abstract WebhookStore webhookStoreOnTheSameDatabase();

    /** The ledger's store as an event reader (the fixture's ledger hides it). */
    protected abstract EventReader events();

    @BeforeEach
    void openWebhooks() {
        store = new CountingRecordings(webhookStoreOnTheSameDatabase());
        webhooks = new WebhookService(store, events(), Set.of("hooks.example.test"), clock);
        dispatcher = newDispatcher();
    }

    /** Another dispatcher on the same store: another process, or this one restarted. */
    private WebhookDispatcher newDispatcher() {
        WebhookSender receiver = (url, headers, body) -> {
            if (unreachable) {
                throw new ConnectException("connection refused");
            }
            if (crashAfter-- == 0) {
                throw new IllegalStateException("the process dies here");
            }
            received.add(new Received(url, headers, body));
            if (failuresToAnswer > 0) {
                failuresToAnswer--;
                return 500;
            }
            return 204;
        };
        return new WebhookDispatcher(ledger.events(), store, receiver, Event::data, Set.of("hooks.example.test"),
                clock, SETTINGS);
    }

    private void deliverAllDue() {
        for (int pass = 0; pass < 1_000 && dispatcher.deliverDue(); pass++) {
            assertThat(pass).as("the dispatcher keeps finding work").isLessThan(999);
        }
    }

    @Test
    void registers_an_endpoint_with_a_secret_shown_once_and_lists_rotates_and_deletes_it() {
        WebhookEndpoint created = webhooks.register(RECEIVER, List.of("transfer.*"), "ledger sync");

        assertThat(created.secret()).startsWith(WebhookSignature.SECRET_PREFIX);
        assertThat(created.status()).isEqualTo(WebhookEndpoint.Status.ACTIVE);
        assertThat(webhooks.endpoints()).extracting(WebhookEndpoint::id, WebhookEndpoint::url, WebhookEndpoint::events,
                WebhookEndpoint::description).containsExactly(org.assertj.core.groups.Tuple.tuple(created.id(),
                RECEIVER, List.of("transfer.*"), "ledger sync"));
        WebhookEndpoint rotated = webhooks.rotateSecret(created.id()).orElseThrow();
        assertThat(rotated.secret()).startsWith(WebhookSignature.SECRET_PREFIX).isNotEqualTo(created.secret());
        assertThat(store.endpoint(created.id()).orElseThrow().secret()).isEqualTo(rotated.secret());
        assertThat(webhooks.delete(created.id())).isTrue();
        assertThat(webhooks.delete(created.id())).isFalse();
        assertThat(webhooks.endpoints()).isEmpty();
        assertThat(webhooks.rotateSecret(created.id())).isEmpty();
        assertThat(webhooks.deliveries(created.id(), Optional.empty(), 10)).isEmpty();
    }

    @Test
    void refuses_a_host_not_allowed_a_scheme_not_http_and_an_unknown_event_type() {
        assertRefused(() -> webhooks.register(URI.create("http://elsewhere.example.test/"), List.of("*"), null),
                Refusal.INVALID_ARGUMENT);
        assertRefused(() -> webhooks.register(URI.create("ftp://hooks.example.test/"), List.of("*"), null),
                Refusal.INVALID_ARGUMENT);
        assertRefused(() -> webhooks.register(URI.create("http://user:pw@hooks.example.test/"), List.of("*"), null),
                Refusal.INVALID_ARGUMENT);
        assertRefused(() -> webhooks.register(RECEIVER, List.of("transfer.sent"), null), Refusal.INVALID_ARGUMENT);
        assertRefused(() -> webhooks.register(RECEIVER, List.of("payment.*"), null), Refusal.INVALID_ARGUMENT);
        assertRefused(() -> webhooks.register(RECEIVER, List.of(), null), Refusal.INVALID_ARGUMENT);
        assertRefused(() -> new WebhookService(store, events(), Set.of(), clock).register(RECEIVER, List.of("*"), null),
                Refusal.INVALID_ARGUMENT);
        assertThat(webhooks.endpoints()).isEmpty();
    }

    @Test
    void delivers_the_selected_events_after_registration_signed_in_order_and_logs_each_attempt() {
        long alice = funded("alice@example.org", "50.00");
        WebhookEndpoint endpoint = webhooks.register(RECEIVER, List.of("transfer.*", "account.frozen"), "");
        long bob = account("bob@example.org");
        ledger.transfers().transfer(TransferCommand.of(alice, bob, eur("5.00"), "one"));
        ledger.accountControls().freeze(bob);
        ledger.accountControls().unfreeze(bob);
        ledger.transfers().transfer(TransferCommand.of(alice, bob, eur("6.00"), "two"));

        deliverAllDue();

        List<Event> wanted = ledger.events().read(endpoint.deliveredUpTo(), 100).stream()
                .filter(event -> endpoint.wants(event.type())).toList();
        assertThat(wanted).hasSize(3);
        assertThat(received).extracting(Received::body).containsExactlyElementsOf(wanted.stream().map(Event::data)
                .toList());
        for (int i = 0; i < received.size(); i++) {
            Map<String, String> headers = received.get(i).headers();
            assertThat(headers.get("webhook-id")).isEqualTo(wanted.get(i).id().toString());
            assertThat(headers.get("webhook-signature")).isEqualTo(WebhookSignature.sign(endpoint.secret(),
                    headers.get("webhook-id"), Long.parseLong(headers.get("webhook-timestamp")), received.get(i).body()));
        }
        List<WebhookDelivery> log = webhooks.deliveries(endpoint.id(), Optional.empty(), 10).orElseThrow().items();
        assertThat(log).extracting(WebhookDelivery::eventPosition).containsExactlyElementsOf(
                reversed(wanted.stream().map(Event::position).toList()));
        assertThat(log).allSatisfy(attempt -> {
            assertThat(attempt.delivered()).isTrue();
            assertThat(attempt.responseStatus()).isEqualTo(204);
        });
        assertThat(store.endpoint(endpoint.id()).orElseThrow().deliveredUpTo()).isEqualTo(wanted.get(2).position());
    }

    @Test
    void a_failing_endpoint_is_retried_with_growing_waits_and_gets_nothing_later_before_the_owed_event() {
        long alice = funded("alice@example.org", "50.00");
        long bob = account("bob@example.org");
        WebhookEndpoint endpoint = webhooks.register(RECEIVER, List.of("transfer.posted"), "");
        ledger.transfers().transfer(TransferCommand.of(alice, bob, eur("1.00"), "first"));
        ledger.transfers().transfer(TransferCommand.of(alice, bob, eur("2.00"), "second"));
        failuresToAnswer = 3;

        dispatcher.deliverDue();
        assertThat(dispatcher.deliverDue()).as("waits a second before the second attempt").isFalse();
        clock.advance(Duration.ofSeconds(1));
        dispatcher.deliverDue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(dispatcher.deliverDue()).as("then two seconds").isFalse();
        clock.advance(Duration.ofSeconds(1));
        dispatcher.deliverDue();
        clock.advance(Duration.ofSeconds(4));
        deliverAllDue();

        assertThat(received).extracting(r -> r.body().contains("first") ? "first" : "second")
                .containsExactly("first", "first", "first", "first", "second");
        assertThat(webhooks.deliveries(endpoint.id(), Optional.empty(), 10).orElseThrow().items())
                .extracting(WebhookDelivery::attempt, WebhookDelivery::delivered, WebhookDelivery::responseStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, true, 204),
                        org.assertj.core.groups.Tuple.tuple(4, true, 204),
                        org.assertj.core.groups.Tuple.tuple(3, false, 500),
                        org.assertj.core.groups.Tuple.tuple(2, false, 500),
                        org.assertj.core.groups.Tuple.tuple(1, false, 500));
    }

    @Test
    void an_endpoint_failing_for_a_day_is_disabled_and_then_left_alone() {
        long alice = funded("alice@example.org", "50.00");
        long bob = account("bob@example.org");
        WebhookEndpoint endpoint = webhooks.register(RECEIVER, List.of("*"), "");
        ledger.transfers().transfer(TransferCommand.of(alice, bob, eur("1.00"), "never arrives"));
        unreachable = true;

        for (int hour = 0; hour <= 25; hour++) {
            dispatcher.deliverDue();
            clock.advance(Duration.ofHours(1));
        }
        unreachable = false;
        dispatcher.deliverDue();

        WebhookEndpoint after = store.endpoint(endpoint.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(WebhookEndpoint.Status.DISABLED);
        assertThat(received).isEmpty();
        WebhookDelivery last = webhooks.deliveries(endpoint.id(), Optional.empty(), 1).orElseThrow().items().get(0);
        assertThat(last.delivered()).isFalse();
        assertThat(last.error()).contains("connection refused");
        assertThat(last.responseStatus()).isZero();
    }

    @Test
    void events_it_does_not_want_are_passed_over_without_an_attempt() {
        long alice = funded("alice@example.org", "50.00");
        long bob = account("bob@example.org");
        WebhookEndpoint endpoint = webhooks.register(RECEIVER, List.of("account.frozen"), "");
        for (int i = 0; i < 30; i++) {
            ledger.transfers().transfer(TransferCommand.of(alice, bob, eur("1.00"), "n" + i));
        }
        ledger.accountControls().freeze(bob);
        ledger.accountControls().unfreeze(bob);

        deliverAllDue();

        assertThat(received).hasSize(1);
        assertThat(webhooks.deliveries(endpoint.id(), Optional.empty(), 10).orElseThrow().items()).hasSize(1);
        assertThat(store.endpoint(endpoint.id()).orElseThrow().deliveredUpTo())
                .isEqualTo(ledger.events().lastPosition());
    }

    @Test
    void progress_is_recorded_once_per_batch_of_deliveries_and_each_attempt_is_logged() {
        WebhookEndpoint endpoint = paymentsToOneEndpoint(250);
        recordings = 0;

        deliverAllDue();

        assertThat(received).hasSize(250);
        assertThat(recordings).as("one recording per 100 deliveries and one at the end").isEqualTo(3);
        assertThat(store.deliveries(endpoint.id(), Long.MAX_VALUE, 1_000)).hasSize(250);
    }

    @Test
    void after_a_crash_the_events_whose_delivery_was_not_yet_recorded_are_sent_again_none_skipped() {
        WebhookEndpoint endpoint = paymentsToOneEndpoint(150);
        crashAfter = 130;
        assertThatThrownBy(dispatcher::deliverDue).hasMessageContaining("dies");

        WebhookDispatcher restarted = newDispatcher();
        assertThat(restarted.deliverDue()).as("the dead process's lease is still running").isFalse();
        clock.advance(LEASE);
        for (int pass = 0; pass < 100 && restarted.deliverDue(); pass++) {
            assertThat(pass).isLessThan(99);
        }

        List<String> wanted = ledger.events().read(endpoint.deliveredUpTo(), 1_000).stream()
                .filter(event -> endpoint.wants(event.type())).map(Event::data).toList();
        List<String> bodies = received.stream().map(Received::body).toList();
        assertThat(wanted).hasSize(150);
        assertThat(bodies.subList(0, 130)).as("before the crash").containsExactlyElementsOf(wanted.subList(0, 130));
        assertThat(bodies.subList(130, bodies.size())).as("after it: from the last recording (at 100), on")
                .containsExactlyElementsOf(wanted.subList(100, 150));
    }

    @Test
    void an_endpoint_another_dispatcher_holds_is_left_to_it_until_it_stops_or_its_lease_runs_out() {
        long alice = funded("alice@example.org", "50.00");
        long bob = account("bob@example.org");
        WebhookEndpoint endpoint = webhooks.register(RECEIVER, List.of("transfer.posted"), "");
        ledger.transfers().transfer(TransferCommand.of(alice, bob, eur("1.00"), "first"));
        WebhookDispatcher other = newDispatcher();
        assertThat(other.deliverDue()).isTrue();
        ledger.transfers().transfer(TransferCommand.of(alice, bob, eur("2.00"), "second"));

        assertThat(dispatcher.deliverDue()).as("the other holds it").isFalse();
        other.close();
        clock.advance(LEASE.dividedBy(4)); // how long a dispatcher waits before it claims a held endpoint again
        assertThat(dispatcher.deliverDue()).as("it gave the lease up when it stopped").isTrue();
        assertThat(received).extracting(r -> r.body().contains("first") ? "first" : "second")
                .containsExactly("first", "second");

        assertThat(store.claim(endpoint.id(), "a third that dies", clock.instant(), clock.instant().plus(LEASE)))
                .as("held by the dispatcher").isEmpty();
        clock.advance(LEASE);
        assertThat(store.claim(endpoint.id(), "a third that dies", clock.instant(), clock.instant().plus(LEASE)))
                .as("its lease ran out").isPresent();
        ledger.transfers().transfer(TransferCommand.of(alice, bob, eur("3.00"), "third"));
        assertThat(dispatcher.deliverDue()).isFalse();
        clock.advance(LEASE);
        assertThat(dispatcher.deliverDue()).isTrue();
        assertThat(received).hasSize(3);
    }

    /** An endpoint for {@code transfer.posted}, then that many payments after its registration, in one batch. */
    private WebhookEndpoint paymentsToOneEndpoint(int payments) {
        long alice = funded("alice@example.org", "500.00");
        long bob = account("bob@example.org");
        WebhookEndpoint endpoint = webhooks.register(RECEIVER, List.of("transfer.posted"), "");
        List<TransferCommand> batch = new ArrayList<>();
        for (int i = 0; i < payments; i++) {
            batch.add(TransferCommand.of(alice, bob, eur("1.00"), "n" + i));
        }
        ledger.transfers().transferAll(batch);
        return endpoint;
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @Test
    void pages_the_delivery_log_newest_first() {
        long alice = funded("alice@example.org", "50.00");
        long bob = account("bob@example.org");
        WebhookEndpoint endpoint = webhooks.register(RECEIVER, List.of("transfer.posted"), "");
        for (int i = 0; i < 5; i++) {
            ledger.transfers().transfer(TransferCommand.of(alice, bob, eur("1.00"), "n" + i));
        }
        deliverAllDue();

        var first = webhooks.deliveries(endpoint.id(), Optional.empty(), 3).orElseThrow();
        var second = webhooks.deliveries(endpoint.id(), first.nextCursor(), 3).orElseThrow();

        assertThat(first.items()).hasSize(3);
        assertThat(second.items()).hasSize(2);
        assertThat(second.items().get(0).eventPosition()).isLessThan(first.items().get(2).eventPosition());
    }

    /** The store under test, counting the recordings of progress. */
    private final class CountingRecordings implements WebhookStore {
        private final WebhookStore store;

        CountingRecordings(WebhookStore store) {
            this.store = store;
        }

        @Override
        public WebhookEndpoint insertEndpoint(WebhookEndpoint endpoint) {
            return store.insertEndpoint(endpoint);
        }

        @Override
        public List<WebhookEndpoint> endpoints() {
            return store.endpoints();
        }

        @Override
        public Optional<WebhookEndpoint> endpoint(long id) {
            return store.endpoint(id);
        }

        @Override
        public boolean deleteEndpoint(long id) {
            return store.deleteEndpoint(id);
        }

        @Override
        public Optional<WebhookEndpoint> replaceSecret(long id, String secret) {
            return store.replaceSecret(id, secret);
        }

        @Override
        public Optional<WebhookEndpoint> claim(long id, String owner, Instant now, Instant until) {
            return store.claim(id, owner, now, until);
        }

        @Override
        public boolean recordProgress(String owner, Instant leaseUntil, WebhookEndpoint progressed,
                                      List<WebhookDelivery> attempts) {
            recordings++;
            return store.recordProgress(owner, leaseUntil, progressed, attempts);
        }

        @Override
        public void release(long id, String owner) {
            store.release(id, owner);
        }

        @Override
        public List<WebhookDelivery> deliveries(long endpointId, long beforeId, int limit) {
            return store.deliveries(endpointId, beforeId, limit);
        }
    }
}
