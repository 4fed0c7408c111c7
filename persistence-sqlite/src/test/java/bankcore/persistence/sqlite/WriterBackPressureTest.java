package bankcore.persistence.sqlite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The writer's queue is bounded: a caller beyond it waits to enqueue, and goes through once there is room. */
class WriterBackPressureTest {
    @TempDir
    Path dir;

    @Test
    void a_caller_beyond_the_queue_bound_waits_outside_it_until_the_writer_takes_work() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("bounded.db");
        SchemaMigrator.migrate(url);
        try (GroupCommitWriter writer = new GroupCommitWriter(DriverManager.getConnection(url), 1, 1,
                SqliteOptions.DEFAULT_WRITE_WAIT, new WriteTrouble(null))) {
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<?> held = HeldWriter.hold(writer::write, release);
            CompletableFuture<?> queued = CompletableFuture.runAsync(() -> writer.write(List.of(tx -> "queued")));
            awaitQueued(writer, 1);

            CompletableFuture<?> waiting = CompletableFuture.runAsync(() -> writer.write(List.of(tx -> "waiting")));
            Thread.sleep(300);

            assertThat(writer.metrics().queued()).as("the queue holds one; the third caller waits outside it").isEqualTo(1);
            assertThat(waiting).isNotDone();
            release.countDown();
            CompletableFuture.allOf(held, queued, waiting).get(10, TimeUnit.SECONDS);
            assertThat(writer.metrics().commits()).as("one request per group here").isEqualTo(3);
            assertThat(writer.metrics().largestGroupRequests()).isEqualTo(1);
        }
    }

    private static void awaitQueued(GroupCommitWriter writer, int requests) throws InterruptedException {
        long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (writer.metrics().queued() < requests && System.nanoTime() < giveUpAt) {
            Thread.sleep(10);
        }
        assertThat(writer.metrics().queued()).isEqualTo(requests);
    }
}
