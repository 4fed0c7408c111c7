package bankcore.core.contract;

import bankcore.core.Ledger;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.Event;
import bankcore.core.domain.EventType;
import bankcore.core.domain.Money;
import bankcore.core.domain.WebhookEndpoint;
import bankcore.core.port.in.MoveCash.CashCommand;
import bankcore.core.port.in.RegisterCustomer;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import bankcore.core.port.out.EventReader;
import bankcore.core.port.out.WebhookSender;
import bankcore.core.port.out.WebhookStore;
import bankcore.core.service.WebhookDispatcher;
import bankcore.core.service.WebhookService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhook delivery by two processes ("nodes", each its own store) on one database, for real: their
 * dispatchers on their own threads, writers on both nodes, endpoints on a loopback receiver. Each
 * endpoint gets every event it wants exactly once, in order, never two requests at once; one node at a
 * time serves it, and another takes over when that one stops, or dies and its lease runs out.
 */
public abstract class WebhookNodesContract {
    private static final Currency EUR = Currencies.of("EUR");
    private static final Duration LEASE = Duration.ofSeconds(3);
    private static final WebhookDispatcher.Settings FAST = new WebhookDispatcher.Settings(Duration.ofMillis(50),
            Duration.ofSeconds(1), Duration.ofHours(24), Duration.ofMillis(50), LEASE, 4);
    private static final Duration DELIVERY_LIMIT = Duration.ofSeconds(60);
    private static final int ENDPOINTS = 3;
    private static final int ACCOUNTS = 10;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** One process on the test's database, and what closes its store. */
    public record Node(Ledger ledger, EventReader events, WebhookStore webhooks, AutoCloseable store) {
    }

    /** Opens another node on the test's database: a fresh one at the test's first call, the same one after. */
    protected abstract Node openNode();

    private final List<AutoCloseable> opened = new ArrayList<>();
    private LoopbackReceiver receiver;
    private Node first;
    private Node second;
    private long[] accounts;
    private List<WebhookEndpoint> endpoints;

    @BeforeEach
    void twoNodesAndEndpoints() {
        first = node();
        second = node();
        receiver = new LoopbackReceiver();
        accounts = new long[ACCOUNTS];
        for (int i = 0; i < ACCOUNTS; i++) {
            accounts[i] = first.ledger().registration().register(RegisterCustomer.Command.customer("Customer " + i,
                    "c" + i + "@example.org", null, EUR)).account().id();
            first.ledger().cash().deposit(CashCommand.of(accounts[i], Money.parse("100000.00", EUR), "opening"));
        }
        WebhookService service = new WebhookService(first.webhooks(), first.events(), Set.of("127.0.0.1"),
                InstantSource.system());
        endpoints = new ArrayList<>();
        for (int n = 0; n < ENDPOINTS; n++) {
            endpoints.add(service.register(receiver.endpoint(n), List.of("transfer.*"), "endpoint " + n));
        }
    }

    @AfterEach
    void closeAll() throws Exception {
        Collections.reverse(opened);
        for (AutoCloseable closing : opened) {
            closing.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void two_dispatchers_deliver_every_event_once_in_order_and_one_request_at_a_time_per_endpoint()
            throws Exception {
        dispatcher(first);
        dispatcher(second);

        writeOnBothNodes(200);

        assertEveryEndpointGotExactlyWhatItWants();
    }

    @Test
    void when_the_serving_dispatcher_stops_the_other_takes_its_endpoints_over() throws Exception {
        WebhookDispatcher serving = dispatcher(first);
        writeOnBothNodes(100);
        assertEveryEndpointGotExactlyWhatItWants();
        dispatcher(second);

        serving.close();
        writeOnBothNodes(100);

        assertEveryEndpointGotExactlyWhatItWants();
    }

    @Test
    void the_lease_of_a_dispatcher_that_died_runs_out_and_another_takes_over() throws Exception {
        Instant leaseEnds = Instant.now().plus(LEASE);
        for (WebhookEndpoint endpoint : endpoints) {
            assertThat(first.webhooks().claim(endpoint.id(), "a-dispatcher-that-died", Instant.now(), leaseEnds))
                    .isPresent();
        }
        dispatcher(second);

        writeOnBothNodes(100);

        assertEveryEndpointGotExactlyWhatItWants();
        assertThat(receiver.firstArrival()).as("nothing before the dead one's lease ran out")
                .isAfterOrEqualTo(leaseEnds);
        assertThat(first.webhooks().recordProgress("a-dispatcher-that-died", leaseEnds.plus(LEASE),
                endpoints.get(0), List.of())).as("the dead one's late progress is refused").isFalse();
    }

    private Node node() {
        Node node = openNode();
        opened.add(node.store());
        opened.add(node.ledger());
        return node;
    }

    private WebhookDispatcher dispatcher(Node node) {
        WebhookSender sender = (url, headers, body) -> post(url, headers, body);
        WebhookDispatcher dispatcher = new WebhookDispatcher(node.ledger().events(), node.webhooks(), sender,
                event -> Long.toString(event.position()), Set.of("127.0.0.1"), InstantSource.system(), FAST).start();
        opened.add(dispatcher);
        return dispatcher;
    }

    private static int post(URI url, Map<String, String> headers, String body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new IOException(stopping);
        }
    }

    /** Four writers, two on each node, {@code transfers} in all. */
    private void writeOnBothNodes(int transfers) throws InterruptedException {
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            Ledger ledger = (w % 2 == 0 ? first : second).ledger();
            Random random = new Random(w);
            Thread writer = new Thread(() -> {
                for (int i = 0; i < transfers / 4; i++) {
                    int from = random.nextInt(ACCOUNTS);
                    int to = (from + 1 + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
                    ledger.transfers().transfer(TransferCommand.of(accounts[from], accounts[to],
                            Money.parse("1.00", EUR), "paid"));
                }
            });
            writer.start();
            writers.add(writer);
        }
        for (Thread writer : writers) {
            writer.join();
        }
    }

    private void assertEveryEndpointGotExactlyWhatItWants() throws InterruptedException {
        List<Event> feed = FeedMatchesJournal.readAll(first.ledger().events());
        for (int n = 0; n < ENDPOINTS; n++) {
            long after = endpoints.get(n).deliveredUpTo();
            List<Long> wanted = feed.stream().filter(event -> event.position() > after)
                    .filter(event -> event.type().resource() == EventType.Resource.TRANSFER)
                    .map(Event::position).toList();
            long deadline = System.nanoTime() + DELIVERY_LIMIT.toNanos();
            while (receiver.received(n).size() < wanted.size() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(receiver.received(n)).as("endpoint %d: every wanted event once, in order", n)
                    .containsExactlyElementsOf(wanted);
        }
        assertThat(receiver.overlaps()).as("two requests in flight at once for one endpoint").isZero();
    }
}
