package bankcore.benchmarks;

import bankcore.core.domain.Event;
import bankcore.core.port.in.ChangeFeed;
import bankcore.core.port.in.TransferMoney.Posted;
import bankcore.core.service.WebhookDispatcher;
import bankcore.core.service.WebhookService;
import bankcore.persistence.sqlite.SqliteOptions;
import bankcore.persistence.sqlite.SqliteWebhookStore;
import bankcore.webhook.http.SocketWebhookSender;
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
import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * What webhooks cost the writers, and whether delivery keeps up: 64 callers posting one transfer
 * each, as {@link TransferThroughputBenchmark#callers_064}, with {@code endpoints} webhook endpoints
 * on loopback (0: none registered, the dispatcher idle), each getting every transfer signed, in order,
 * through the API's own sender ({@link SocketWebhookSender}) to a {@link LoopbackReceiver}.
 * The score is the writers' transfers/s. At the end of the trial it prints to stderr a line
 * {@code webhooks: endpoints=N written=... delivered=... behind=... written/s=... delivered/s=...
 * caught-up-after-s=... receiver-cpu-%=...}: events written during the trial, deliveries made (all
 * endpoints), what was still owed when the writers stopped, both rates over the trial, how long the
 * dispatcher then took to deliver the rest (at most {@link #DRAIN_LIMIT}), and the receiver's CPU
 * over the trial in per cent of one core, which a real receiver would spend on its own machine.
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

    @Param({"0", "1", "4"})
    public int endpoints;

    private FundedLedger fixture;
    private LoopbackReceiver receiver;
    private SocketWebhookSender sender;
    private WebhookDispatcher dispatcher;
    private long startPosition;
    private long startNanos;

    @Setup(Level.Trial)
    public void open() throws IOException {
        fixture = FundedLedger.create(CUSTOMERS, SqliteOptions.defaults());
        ChangeFeed feed = fixture.ledger().events();
        receiver = new LoopbackReceiver();
        sender = new SocketWebhookSender(Duration.ofSeconds(10));
        SqliteWebhookStore webhooks = SqliteWebhookStore.on(fixture.sqliteStore());
        Set<String> loopback = Set.of("127.0.0.1");
        WebhookService service = new WebhookService(webhooks, fixture.sqliteStore(), loopback, InstantSource.system());
        for (int i = 0; i < endpoints; i++) {
            service.register(URI.create(receiver.url()),
                    List.of("transfer.*"), "endpoint " + i);
        }
        dispatcher = new WebhookDispatcher(feed, webhooks, sender, Event::data, loopback,
                InstantSource.system(), WebhookDispatcher.Settings.standard()).start();
        startPosition = feed.lastPosition();
        startNanos = System.nanoTime();
    }

    /** Reports how far delivery kept up, then waits for it to catch up (to stderr, beside JMH's numbers). */
    @TearDown(Level.Trial)
    public void close() throws InterruptedException, IOException {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        double receiverCpu = receiver.cpuNanos() / 1e9;
        long written = fixture.ledger().events().lastPosition() - startPosition;
        long delivered = receiver.received();
        long owed = written * endpoints;
        long drainStart = System.nanoTime();
        while (receiver.received() < owed && System.nanoTime() - drainStart < DRAIN_LIMIT.toNanos()) {
            Thread.sleep(20);
        }
        double drained = (System.nanoTime() - drainStart) / 1e9;
        System.err.printf("webhooks: endpoints=%d written=%d delivered=%d behind=%d written/s=%.0f delivered/s=%.0f "
                        + "caught-up-after-s=%s receiver-cpu-%%=%.0f%n", endpoints, written, delivered, owed - delivered,
                written / seconds, delivered / seconds,
                receiver.received() >= owed ? String.format("%.1f", drained) : "not-within-60",
                100 * receiverCpu / seconds);
        dispatcher.close();
        sender.close();
        receiver.close();
        fixture.close();
    }

    @Benchmark
    @Threads(64)
    public Posted callers_064(TransferThroughputBenchmark.Caller caller) {
        return fixture.ledger().transfers().transfer(LedgerSeeding.randomTransfer(caller.random, fixture.accounts(),
                FundedLedger.EUR, 100, 1_000));
    }
}
