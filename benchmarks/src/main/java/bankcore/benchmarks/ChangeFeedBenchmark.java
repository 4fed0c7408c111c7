package bankcore.benchmarks;

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
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What following the change feed costs the writers: 64 callers posting one transfer each, as
 * {@link TransferThroughputBenchmark#callers_064}, with nothing reading the feed ({@code readers=none})
 * or with one webhook endpoint on loopback getting every transfer signed and one subscription
 * following the feed ({@code readers=webhook-and-subscription}). The events themselves are written in
 * both (they are part of every command); their write cost is this build against the base commit's jar.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 3)
public class ChangeFeedBenchmark {
    private static final int CUSTOMERS = 1_000;

    @Param({"none", "webhook-and-subscription"})
    public String readers;

    private FundedLedger fixture;
    private HttpServer receiver;
    private SqliteWebhookStore webhooks;
    private WebhookDispatcher dispatcher;
    private ChangeFeed.Subscription subscription;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong followed = new AtomicLong();

    @Setup(Level.Trial)
    public void open() throws IOException {
        fixture = FundedLedger.create(CUSTOMERS, SqliteOptions.defaults());
        if (readers.equals("none")) {
            return;
        }
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        webhooks = SqliteWebhookStore.open(fixture.sqliteStore());
        Set<String> loopback = Set.of("127.0.0.1");
        new WebhookService(webhooks, fixture.sqliteStore(), loopback, InstantSource.system()).register(
                URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"), List.of("transfer.*"), "");
        dispatcher = new WebhookDispatcher(fixture.sqliteStore(), webhooks, ChangeFeedBenchmark::post,
                bankcore.core.domain.Event::data, loopback, InstantSource.system(),
                WebhookDispatcher.Settings.standard()).start();
        subscription = fixture.ledger().events().subscribe(fixture.ledger().events().lastPosition(),
                event -> followed.incrementAndGet());
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static int post(URI url, java.util.Map<String, String> headers, String body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Reports how far the readers kept up (to stderr, beside JMH's numbers). */
    @TearDown(Level.Trial)
    public void close() {
        if (dispatcher != null) {
            System.err.printf("readers kept up with %,d events: webhook received %,d, subscription %,d%n",
                    fixture.ledger().events().lastPosition(), received.get(), followed.get());
            subscription.close();
            dispatcher.close();
            webhooks.close();
            receiver.stop(0);
        }
        fixture.close();
    }

    @Benchmark
    @Threads(64)
    public Posted callers_064(TransferThroughputBenchmark.Caller caller) {
        return fixture.ledger().transfers().transfer(LedgerSeeding.randomTransfer(caller.random, fixture.accounts(),
                FundedLedger.EUR, 100, 1_000));
    }
}
