package bankcore.api;

import bankcore.api.support.RawHttp;
import bankcore.api.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests too long or too slow get a clear status, as a problem, instead of a vague one or silence. */
class HttpLimitsTest {

    @RegisterExtension
    static final TestServer server = new TestServer(Map.of("bank.http.body-timeout", "1s"));

    @Test
    void an_oversized_uri_is_414_problem() {
        RawHttp.Response reply = send("GET /health?pad=" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: x\r\n\r\n");

        assertThat(reply.status()).as(reply.head()).isEqualTo(414);
        assertProblem(reply, "uri-too-long");
    }

    @Test
    void oversized_headers_are_431_problem() {
        RawHttp.Response reply = send("GET /health HTTP/1.1\r\nHost: x\r\nX-Padding: " + "a".repeat(100 * 1024)
                + "\r\n\r\n");

        assertThat(reply.status()).as(reply.head()).isEqualTo(431);
        assertProblem(reply, "headers-too-large");
    }

    @Test
    void a_body_that_stops_arriving_is_408_problem_within_the_timeout() {
        long start = System.nanoTime();
        RawHttp.Response reply = send("POST /login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100\r\n\r\n{\"username\":");
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(reply.status()).as(reply.head()).isEqualTo(408);
        assertProblem(reply, "request-timeout");
        assertThat(tookMs).isBetween(900L, 10_000L);
    }

    @Test
    void a_request_within_the_limits_still_gets_its_answer() {
        RawHttp.Response reply = send("GET /health?pad=" + "a".repeat(4_000) + " HTTP/1.1\r\nHost: x\r\nX-Padding: "
                + "a".repeat(8_000) + "\r\nConnection: close\r\n\r\n");

        assertThat(reply.status()).as(reply.head()).isEqualTo(200);
    }

    private static RawHttp.Response send(String request) {
        return RawHttp.send("127.0.0.1", server.uri(), request.getBytes(StandardCharsets.US_ASCII));
    }

    private static void assertProblem(RawHttp.Response reply, String type) {
        assertThat(reply.header("Content-Type")).hasValue("application/problem+json");
        assertThat(reply.header("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(reply.body()).contains("\"type\":\"urn:bankcore:problem:" + type + "\"")
                .contains("\"status\":" + reply.status());
    }
}
