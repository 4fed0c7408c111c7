package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.Bank;
import bankcore.api.support.Json;
import bankcore.api.support.Reply;
import bankcore.api.support.TestServer;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code X-Request-Id}: a safe one is kept, anything else replaced, one made when none came; always echoed, and logged. */
class RequestIdTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @RegisterExtension
    static final TestServer server = new TestServer(Map.of("bank.db-write-wait", "300ms"));
    private static final ApiClient api = server.client();
    private static final Bank bank = new Bank(api);

    @Test
    void a_safe_request_id_is_echoed_on_successes_and_problems() {
        Bank.Person ada = bank.newCustomer("Ada Request");
        List<Reply> replies = List.of(
                api.get("/users/me").token(ada.token()).header("X-Request-Id", "client-42.a:b_c").send(),
                api.get("/accounts/999999").token(ada.token()).header("X-Request-Id", "client-42.a:b_c").send(),
                api.get("/users/me").header("X-Request-Id", "client-42.a:b_c").send());
        assertThat(replies).extracting(Reply::status).containsExactly(200, 404, 401);
        for (Reply reply : replies) {
            assertThat(reply.header("X-Request-Id")).as(reply.toString()).hasValue("client-42.a:b_c");
        }
    }

    @Test
    void a_missing_request_id_is_made_and_an_unsafe_or_long_one_is_replaced() {
        Reply none = api.get("/health").send();
        Reply unsafe = api.get("/health").header("X-Request-Id", "evil\"<script>").send();
        Reply tooLong = api.get("/health").header("X-Request-Id", "a".repeat(129)).send();
        Reply longest = api.get("/health").header("X-Request-Id", "a".repeat(128)).send();

        assertThat(none.header("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches(UUID_PATTERN));
        assertThat(unsafe.header("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches(UUID_PATTERN));
        assertThat(tooLong.header("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches(UUID_PATTERN));
        assertThat(longest.header("X-Request-Id")).hasValue("a".repeat(128));
        assertThat(none.header("X-Request-Id")).isNotEqualTo(api.get("/health").send().header("X-Request-Id"));
    }

    @Test
    void the_log_lines_of_a_request_carry_its_id() throws Exception {
        Bank.Person ada = bank.newCustomerWith("Ada Logged", "5.00");
        Bank.Person alan = bank.newCustomer("Alan Logged");
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + server.directory().resolve("banking.db"));
             Statement lock = other.createStatement()) {
            lock.execute("BEGIN IMMEDIATE");
            Reply refused = api.post("/transfers").token(ada.token()).header("X-Request-Id", "logged-request-1")
                    .json(Json.object("receiver_id", alan.id(), "amount", "1.00")).send();
            lock.execute("ROLLBACK");
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.header("X-Request-Id")).hasValue("logged-request-1");
        } finally {
            root.detachAppender(captured);
        }
        List<ILoggingEvent> ofTheRequest = captured.list.stream()
                .filter(event -> event.getLoggerName().startsWith("bankcore.api")).toList();
        assertThat(ofTheRequest).as("the API logged the refusal").isNotEmpty();
        assertThat(ofTheRequest).allSatisfy(event ->
                assertThat(event.getMDCPropertyMap()).containsEntry("request_id", "logged-request-1"));
    }
}
