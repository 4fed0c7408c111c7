package bankcore.benchmarks;

import bankcore.core.domain.Event;
import bankcore.core.port.in.ChangeFeed;
import bankcore.core.port.in.TransferMoney.Posted;
import bankcore.core.service.WebhookDispatcher;
import bankcore.core.service.WebhookService;
import bankcore.persistence.sqlite.SqliteOptions;
import bankcore.persistence.sqlite.SqliteWebhookStore;
import com.sun.net.httpserver.HttpServer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What webhooks cost the writers, and whether delivery keeps up: 64 callers posting one transfer
 * each, as {@link TransferThroughputBenchmark#callers_064}, with {@code endpoints} webhook endpoints
 * on loopback (0: none registered, the dispatcher idle), each getting every transfer signed, in order.
 * The score is the writers' transfers/s. At the end of the trial it prints to stderr a line
 * {@code webhooks: endpoints=N written=... delivered=... behind=... written/s=... delivered/s=...
 * caught-up-after-s=...}: events written during the trial, deliveries made (all endpoints), what
 * was still owed when the writers stopped, both rates over the trial, and how long the dispatcher
 * then took to deliver the rest (at most {@link #DRAIN_LIMIT}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 3)
public class ChangeFeedBenchmark {
    private static final int CUSTOMERS = 1_000;
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    @Param({"0", "1", "4"})
    public int endpoints;

    private FundedLedger fixture;
    private HttpServer receiver;
    private ExecutorService receiving;
    private WebhookDispatcher dispatcher;
    private final AtomicLong received = new AtomicLong();
    private long startPosition;
    private long startNanos;

    @Setup(Level.Trial)
    public void open() throws IOException {
        fixture = FundedLedger.create(CUSTOMERS, SqliteOptions.defaults());
        ChangeFeed feed = fixture.ledger().events();
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiving = Executors.newFixedThreadPool(8);
        receiver.setExecutor(receiving);
        receiver.start();
        SqliteWebhookStore webhooks = SqliteWebhookStore.on(fixture.sqliteStore());
        Set<String> loopback = Set.of("127.0.0.1");
        WebhookService service = new WebhookService(webhooks, fixture.sqliteStore(), loopback, InstantSource.system());
        for (int i = 0; i < endpoints; i++) {
            service.register(URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"),
                    List.of("transfer.*"), "endpoint " + i);
        }
        dispatcher = new WebhookDispatcher(feed, webhooks, ChangeFeedBenchmark::post, Event::data, loopback,
                InstantSource.system(), WebhookDispatcher.Settings.standard()).start();
        startPosition = feed.lastPosition();
        startNanos = System.nanoTime();
    }

    private static int post(URI url, Map<String, String> headers, String body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Reports how far delivery kept up, then waits for it to catch up (to stderr, beside JMH's numbers). */
    @TearDown(Level.Trial)
    public void close() throws InterruptedException {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        long written = fixture.ledger().events().lastPosition() - startPosition;
        long delivered = received.get();
        long owed = written * endpoints;
        long drainStart = System.nanoTime();
        while (received.get() < owed && System.nanoTime() - drainStart < DRAIN_LIMIT.toNanos()) {
            Thread.sleep(20);
        }
        double drained = (System.nanoTime() - drainStart) / 1e9;
        System.err.printf("webhooks: endpoints=%d written=%d delivered=%d behind=%d written/s=%.0f delivered/s=%.0f "
                        + "caught-up-after-s=%s%n", endpoints, written, delivered, owed - delivered, written / seconds,
                delivered / seconds, received.get() >= owed ? String.format("%.1f", drained) : "not-within-60");
        dispatcher.close();
        receiver.stop(0);
        receiving.shutdownNow();
        fixture.close();
    }

    @Benchmark
    @Threads(64)
    public Posted callers_064(TransferThroughputBenchmark.Caller caller) {
        return fixture.ledger().transfers().transfer(LedgerSeeding.randomTransfer(caller.random, fixture.accounts(),
                FundedLedger.EUR, 100, 1_000));
    }
}
