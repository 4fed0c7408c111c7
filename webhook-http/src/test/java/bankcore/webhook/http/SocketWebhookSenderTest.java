package bankcore.webhook.http;

import bankcore.webhook.http.ScriptedReceiver.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static bankcore.webhook.http.ScriptedReceiver.NO_CONTENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SocketWebhookSenderTest {
    private static final Map<String, String> HEADERS = Map.of("webhook-id", "5f0c2a4e-0000-7000-8000-000000000001",
            "webhook-timestamp", "1764672000", "webhook-signature", "v1,ZmFrZS1zaWduYXR1cmU=");
    private static final String BODY = "{\"type\":\"transfer.posted\",\"amount\":\"12.50\",\"memo\":\"caf\u00e9\"}";

    private final SocketWebhookSender sender = new SocketWebhookSender(Duration.ofSeconds(5));
    private ScriptedReceiver receiver;

    @AfterEach
    void close() throws IOException {
        sender.close();
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void posts_the_event_with_its_headers_and_reuses_the_connection() throws IOException {
        receiver = new ScriptedReceiver((connection, request) -> Reply.answer(NO_CONTENT));

        assertThat(post()).isEqualTo(204);
        assertThat(post()).isEqualTo(204);

        assertThat(receiver.connections()).isEqualTo(1);
        assertThat(receiver.seen()).hasSize(2);
        ScriptedReceiver.Seen first = receiver.seen().get(0);
        assertThat(first.head()).startsWith("POST /hooks/bank?tenant=7 HTTP/1.1\r\n")
                .contains("\r\nHost: 127.0.0.1:", "\r\nContent-Type: application/json\r\n",
                        "\r\nContent-Length: " + BODY.getBytes(StandardCharsets.UTF_8).length + "\r\n",
                        "\r\nwebhook-id: 5f0c2a4e-0000-7000-8000-000000000001\r\n",
                        "\r\nwebhook-signature: v1,ZmFrZS1zaWduYXR1cmU=\r\n");
        assertThat(first.body()).isEqualTo(BODY);
    }

    @Test
    void reads_a_length_or_chunked_answer_whole_and_keeps_the_connection() throws IOException {
        receiver = new ScriptedReceiver((connection, request) -> Reply.answer(request == 1
                ? "HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\n{\"ok\":true}"
                : "HTTP/1.1 202 Accepted\r\nTransfer-Encoding: chunked\r\n\r\n4;ext=1\r\n{\"ok\r\n7\r\n\":true}\r\n0\r\nX-Trailer: t\r\n\r\n"));

        assertThat(post()).isEqualTo(200);
        assertThat(post()).isEqualTo(202);
        assertThat(post()).isEqualTo(202);

        assertThat(receiver.connections()).isEqualTo(1);
    }

    @Test
    void opens_a_new_connection_when_the_receiver_closes_its_own() throws IOException {
        // It keeps the socket open: only the header says to close, so reuse would show on connection 1.
        receiver = new ScriptedReceiver((connection, request) -> connection == 1
                ? Reply.answer("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")
                : Reply.answer(NO_CONTENT));

        assertThat(post()).isEqualTo(200);
        assertThat(post()).isEqualTo(204);

        assertThat(receiver.connections()).isEqualTo(2);
        assertThat(receiver.seen()).extracting(ScriptedReceiver.Seen::connection).containsExactly(1, 2);
    }

    @Test
    void answers_a_redirect_with_its_status_and_follows_nothing() throws IOException {
        receiver = new ScriptedReceiver((connection, request) ->
                Reply.answer("HTTP/1.1 307 Temporary Redirect\r\nLocation: http://169.254.169.254/\r\nContent-Length: 0\r\n\r\n"));

        assertThat(post()).isEqualTo(307);

        assertThat(receiver.seen()).hasSize(1);
    }

    @Test
    void skips_interim_answers_for_the_final_one() throws IOException {
        receiver = new ScriptedReceiver((connection, request) ->
                Reply.answer("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n" + NO_CONTENT));

        assertThat(post()).isEqualTo(204);
        assertThat(post()).isEqualTo(204);
    }

    @Test
    void sends_once_more_on_a_new_connection_when_a_kept_one_was_closed_while_idle() throws IOException {
        // Answers, keeps nothing, and says nothing about it, as a server whose keep-alive timer ran out.
        receiver = new ScriptedReceiver((connection, request) -> Reply.answerThenClose(NO_CONTENT));

        assertThat(post()).isEqualTo(204);
        assertThat(post()).isEqualTo(204);

        assertThat(receiver.connections()).isEqualTo(2);
        assertThat(receiver.seen()).extracting(ScriptedReceiver.Seen::connection).containsExactly(1, 2);
    }

    @Test
    void fails_without_sending_again_when_a_new_connection_closes_without_an_answer() throws IOException {
        receiver = new ScriptedReceiver((connection, request) -> Reply.closeWithoutAnswer());

        assertThatThrownBy(this::post).isInstanceOf(IOException.class).hasMessageContaining("without an answer");

        assertThat(receiver.seen()).hasSize(1);
    }

    @Test
    void gives_up_at_the_deadline_when_the_receiver_does_not_answer() throws IOException {
        assertGivesUpAtADeadlineOf300msWithin(Reply.neverAnswer(), Duration.ofSeconds(3));
    }

    @Test
    void gives_up_at_the_deadline_when_the_answer_trickles_in() throws IOException {
        assertGivesUpAtADeadlineOf300msWithin(Reply.trickle(NO_CONTENT, 50), Duration.ofMillis(1_000));
    }

    @Test
    void fails_on_a_port_out_of_range() {
        assertThatThrownBy(() -> sender.post(URI.create("http://127.0.0.1:70000/hook"), HEADERS, BODY))
                .isInstanceOf(IOException.class).hasMessageContaining("not a port");
    }

    @Test
    void does_not_take_an_unasked_answer_on_a_kept_connection_for_the_next_one() throws Exception {
        // Answers, then says 408 on the idle connection (as some servers do before closing it).
        receiver = new ScriptedReceiver((connection, request) -> Reply.answer(connection == 1
                ? NO_CONTENT + "HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"
                : NO_CONTENT));

        assertThat(post()).isEqualTo(204);
        Thread.sleep(100); // the 408 arrives while the connection is idle
        assertThat(post()).isEqualTo(204);

        assertThat(receiver.connections()).isEqualTo(2);
    }

    @Test
    void keeps_the_status_but_not_the_connection_when_the_answer_body_is_over_the_cap() throws IOException {
        int tooLong = ResponseReader.MAX_BODY_BYTES + 1;
        receiver = new ScriptedReceiver((connection, request) -> Reply.answer(connection == 1
                ? "HTTP/1.1 200 OK\r\nContent-Length: " + tooLong + "\r\n\r\n" + "x".repeat(tooLong)
                : NO_CONTENT));

        assertThat(post()).isEqualTo(200);
        assertThat(post()).isEqualTo(204);

        assertThat(receiver.connections()).isEqualTo(2);
    }

    @Test
    void drops_the_connection_at_once_when_a_chunk_is_over_the_cap() throws IOException {
        receiver = new ScriptedReceiver((connection, request) -> Reply.answer(connection == 1
                ? "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n0123456789abcdef\r\nFFFFFFFFFFFF\r\n"
                : NO_CONTENT));
        long start = System.nanoTime();

        assertThat(post()).isEqualTo(200);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(post()).isEqualTo(204);
        assertThat(receiver.connections()).isEqualTo(2);
    }

    @Test
    void reads_an_answer_without_length_until_the_receiver_closes() throws IOException {
        receiver = new ScriptedReceiver((connection, request) -> Reply.answerThenClose("HTTP/1.0 200 OK\r\n\r\ndone"));

        assertThat(post()).isEqualTo(200);
        assertThat(post()).isEqualTo(200);

        assertThat(receiver.connections()).isEqualTo(2);
    }

    @Test
    void fails_on_an_answer_that_is_not_http() throws IOException {
        receiver = new ScriptedReceiver((connection, request) -> Reply.answerThenClose("SSH-2.0-OpenSSH_9.2\r\n"));

        assertThatThrownBy(this::post).isInstanceOf(IOException.class).hasMessageContaining("not an HTTP/1.x status line");
    }

    @Test
    void refuses_a_header_that_would_split_the_request() {
        assertThatThrownBy(() -> sender.post(URI.create("http://127.0.0.1:9/hook"),
                Map.of("webhook-id", "1\r\nX-Injected: yes"), BODY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_an_address_that_is_not_http() {
        assertThatThrownBy(() -> sender.post(URI.create("ftp://127.0.0.1/hook"), HEADERS, BODY))
                .isInstanceOf(IOException.class).hasMessageContaining("not an http or https address");
    }

    private void assertGivesUpAtADeadlineOf300msWithin(Reply reply, Duration bound) throws IOException {
        receiver = new ScriptedReceiver((connection, request) -> reply);
        try (SocketWebhookSender impatient = new SocketWebhookSender(Duration.ofMillis(300))) {
            long start = System.nanoTime();

            assertThatThrownBy(() -> impatient.post(URI.create(receiver.url("http")), HEADERS, BODY))
                    .isInstanceOf(SocketTimeoutException.class);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(bound);
        }
    }

    private int post() throws IOException {
        return sender.post(URI.create(receiver.url("http")), HEADERS, BODY);
    }
}
