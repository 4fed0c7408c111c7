package bankcore.persistence.sqlite;

import bankcore.core.domain.Outcome;
import bankcore.core.domain.Refusal;
import bankcore.core.port.out.LedgerCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The writer's isolation promises, tested on the port directly. */
class GroupCommitTest {
    @TempDir
    Path dir;

    private static LedgerCommand<String> insertCustomer(String email) {
        return tx -> tx.insertCustomer(new bankcore.core.domain.Customer(0, "Someone", email,
                bankcore.core.domain.Role.CUSTOMER, java.time.Instant.EPOCH, null)).email();
    }

    @Test
    void a_refused_command_rolls_back_alone_and_its_neighbours_commit() {
        try (SqliteLedgerStore store = SqliteLedgerStore.open(dir.resolve("group.db"))) {
            LedgerCommand<String> refusedAfterWriting = tx -> {
                insertCustomer("half-written@example.org").applyTo(tx);
                throw Refusal.INVALID_ARGUMENT.because("changed my mind");
            };

            List<Outcome<String>> outcomes = store.write(List.of(insertCustomer("first@example.org"),
                    refusedAfterWriting, insertCustomer("third@example.org")));

            assertThat(outcomes).extracting(Outcome::isDone).containsExactly(true, false, true);
            assertThat(store.findCustomerByEmail("first@example.org")).isPresent();
            assertThat(store.findCustomerByEmail("half-written@example.org")).isEmpty();
            assertThat(store.findCustomerByEmail("third@example.org")).isPresent();
        }
    }

    @Test
    void an_unexpected_failure_fails_its_own_caller_only_even_inside_a_shared_commit() throws Exception {
        try (SqliteLedgerStore store = SqliteLedgerStore.open(dir.resolve("group.db"))) {
            CountDownLatch writerBusy = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            // Hold the writer so the next two callers queue up and share one commit.
            CompletableFuture<?> blocker = CompletableFuture.runAsync(() -> store.write(List.<LedgerCommand<String>>of(tx -> {
                writerBusy.countDown();
                awaitQuietly(release);
                return "blocker";
            })));
            assertThat(writerBusy.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<List<Outcome<String>>> broken = CompletableFuture.supplyAsync(() -> store.write(List.of(
                    insertCustomer("broken-first-half@example.org"), tx -> {
                        throw new IllegalStateException("bug in a command");
                    })));
            CompletableFuture<List<Outcome<String>>> healthy = CompletableFuture.supplyAsync(
                    () -> store.write(List.of(insertCustomer("healthy@example.org"))));
            Thread.sleep(200);
            release.countDown();

            blocker.get(10, TimeUnit.SECONDS);
            assertThat(healthy.get(10, TimeUnit.SECONDS).get(0).value()).isEqualTo("healthy@example.org");
            assertThatThrownBy(() -> broken.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("bug in a command");
            assertThat(store.findCustomerByEmail("broken-first-half@example.org")).isEmpty();
            assertThat(store.findCustomerByEmail("healthy@example.org")).isPresent();
        }
    }

    @Test
    void rows_the_schema_refuses_at_commit_fail_their_own_caller_only_and_the_rest_of_the_group_commits()
            throws Exception {
        try (SqliteLedgerStore store = SqliteLedgerStore.open(dir.resolve("unique.db"))) {
            store.write(List.of(insertCustomer("taken@example.org")));
            CountDownLatch writerBusy = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<?> blocker = CompletableFuture.runAsync(() -> store.write(List.<LedgerCommand<String>>of(tx -> {
                writerBusy.countDown();
                awaitQuietly(release);
                return "blocker";
            })));
            assertThat(writerBusy.await(10, TimeUnit.SECONDS)).isTrue();
            // Skips the core's duplicate check: only the schema's UNIQUE e-mail stops it, when the group is written.
            CompletableFuture<List<Outcome<String>>> duplicate = CompletableFuture.supplyAsync(
                    () -> store.write(List.of(insertCustomer("taken@example.org"))));
            CompletableFuture<List<Outcome<String>>> healthy = CompletableFuture.supplyAsync(
                    () -> store.write(List.of(insertCustomer("healthy@example.org"))));
            Thread.sleep(200);
            release.countDown();

            blocker.get(10, TimeUnit.SECONDS);
            assertThat(healthy.get(10, TimeUnit.SECONDS).get(0).value()).isEqualTo("healthy@example.org");
            assertThatThrownBy(() -> duplicate.get(10, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(bankcore.core.domain.StoreFailureException.class)
                    .hasStackTraceContaining("UNIQUE constraint failed");
            assertThat(store.findCustomerByEmail("healthy@example.org")).isPresent();
            assertThat(store.countCustomers()).isEqualTo(2);
        }
    }

    @Test
    void an_unexpected_failure_of_a_caller_alone_in_its_commit_leaves_nothing_of_its_batch() {
        try (SqliteLedgerStore store = SqliteLedgerStore.open(dir.resolve("group.db"))) {
            assertThatThrownBy(() -> store.write(List.of(insertCustomer("alone-first-half@example.org"), tx -> {
                throw new IllegalStateException("bug in a command");
            }))).hasStackTraceContaining("bug in a command");

            assertThat(store.findCustomerByEmail("alone-first-half@example.org")).isEmpty();
            assertThat(store.write(List.of(insertCustomer("next@example.org"))).get(0).value())
                    .isEqualTo("next@example.org");
        }
    }

    @Test
    void an_error_inside_a_command_fails_its_caller_and_the_writer_keeps_writing() {
        try (SqliteLedgerStore store = SqliteLedgerStore.open(dir.resolve("error.db"))) {
            assertThatThrownBy(() -> store.write(List.<LedgerCommand<String>>of(tx -> {
                throw new StackOverflowError("deep");
            }))).isInstanceOf(bankcore.core.domain.StoreFailureException.class).hasStackTraceContaining("deep");

            assertThat(store.write(List.of(insertCustomer("after-error@example.org"))).get(0).value())
                    .isEqualTo("after-error@example.org");
        }
    }

    @Test
    void closing_the_store_releases_the_file_and_leaves_no_write_ahead_log() {
        Path file = dir.resolve("closed.db");
        try (SqliteLedgerStore store = SqliteLedgerStore.open(file)) {
            store.write(List.of(insertCustomer("someone@example.org")));
        }

        assertThat(file.resolveSibling("closed.db-wal")).doesNotExist();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
