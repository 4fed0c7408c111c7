package bankcore.persistence.sqlite;

import bankcore.core.port.out.LedgerCommand;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Holds a writer busy with one command until released, so that the callers after it queue up. */
final class HeldWriter {
    private HeldWriter() {
    }

    /** Returns once the writer is inside the holding command; the future completes after {@code release}. */
    static CompletableFuture<?> hold(Consumer<List<LedgerCommand<String>>> write, CountDownLatch release)
            throws InterruptedException {
        CountDownLatch writerBusy = new CountDownLatch(1);
        CompletableFuture<?> holding = CompletableFuture.runAsync(() -> write.accept(List.of(tx -> {
            writerBusy.countDown();
            awaitQuietly(release);
            return "held";
        })));
        assertThat(writerBusy.await(10, TimeUnit.SECONDS)).isTrue();
        return holding;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
