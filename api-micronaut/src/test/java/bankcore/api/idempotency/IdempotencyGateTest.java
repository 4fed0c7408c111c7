package bankcore.api.idempotency;

import bankcore.api.access.Caller;
import bankcore.api.problem.ProblemException;
import bankcore.api.problem.ProblemKind;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The in-flight guard, made deterministic: the first request is held inside its work while a second arrives. */
class IdempotencyGateTest {

    private final IdempotencyGate gate = new IdempotencyGate();
    private final Caller alice = new Caller(1, false);
    private final Caller bob = new Caller(2, false);

    @Test
    void a_second_request_with_a_key_in_flight_is_refused_and_the_key_is_free_afterwards() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> gate.run(alice, Optional.of("k"), key -> {
            inside.countDown();
            await(release);
            return "first";
        }));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> gate.run(alice, Optional.of("k"), key -> "second"))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProblemKind.IDEMPOTENCY_IN_FLIGHT));
        assertThat(gate.<String>run(bob, Optional.of("k"), key -> "bob's k")).isEqualTo("bob's k");
        assertThat(gate.<String>run(alice, Optional.empty(), key -> "no key")).isEqualTo("no key");

        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(gate.<String>run(alice, Optional.of("k"), key -> "later")).isEqualTo("later");
    }

    @Test
    void a_failing_request_frees_its_key() {
        assertThatThrownBy(() -> gate.run(alice, Optional.of("k"), key -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(gate.<String>run(alice, Optional.of("k"), key -> "retry")).isEqualTo("retry");
    }

    @Test
    void the_key_reaches_the_work_scoped_to_the_caller() {
        String scope = gate.run(alice, Optional.of("order-9"),
                key -> key.orElseThrow().scope() + "/" + key.get().key());
        assertThat(scope).isEqualTo("customer:1/order-9");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
