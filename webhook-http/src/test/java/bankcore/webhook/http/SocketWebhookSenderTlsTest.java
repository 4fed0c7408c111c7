package bankcore.webhook.http;

import bankcore.webhook.http.ScriptedReceiver.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Map;

import static bankcore.webhook.http.ScriptedReceiver.NO_CONTENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** https receivers with a certificate made by the JDK's keytool for this test alone. */
class SocketWebhookSenderTlsTest {
    private static final char[] FAKE_STORE_PASSWORD = "fake-test-store".toCharArray();
    private static final Map<String, String> HEADERS = Map.of("webhook-id", "msg_1");

    @TempDir
    Path dir;

    @Test
    void posts_over_tls_to_a_receiver_whose_certificate_names_its_address_and_reuses_the_connection()
            throws Exception {
        KeyStore store = certificate("ip:127.0.0.1");
        try (ScriptedReceiver receiver = tlsReceiver(store);
             SocketWebhookSender sender = new SocketWebhookSender(Duration.ofSeconds(5), trusting(store))) {
            URI url = URI.create(receiver.url("https"));

            assertThat(sender.post(url, HEADERS, "{}")).isEqualTo(204);
            assertThat(sender.post(url, HEADERS, "{}")).isEqualTo(204);

            assertThat(receiver.connections()).isEqualTo(1);
            assertThat(receiver.seen()).extracting(ScriptedReceiver.Seen::body).containsExactly("{}", "{}");
        }
    }

    @Test
    void holds_tls_records_that_trickle_in_to_the_deadline_as_a_whole() throws Exception {
        KeyStore store = certificate("ip:127.0.0.1");
        try (ScriptedReceiver receiver = tlsReceiver(store);
             ServerSocket proxy = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
             SocketWebhookSender sender = new SocketWebhookSender(Duration.ofMillis(800), trusting(store))) {
            trickleThrough(proxy, URI.create(receiver.url("https")).getPort());
            long start = System.nanoTime();

            // Every TCP segment of the handshake comes well within a per-read timeout; the whole does not.
            assertThatThrownBy(() -> sender.post(URI.create("https://127.0.0.1:" + proxy.getLocalPort() + "/"),
                    HEADERS, "{}")).isInstanceOf(SocketTimeoutException.class);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_500));
        }
    }

    /** Relays one connection to {@code port}: requests at once, answers a byte every 20 ms. */
    private static void trickleThrough(ServerSocket proxy, int port) {
        Thread relay = new Thread(() -> {
            try (Socket client = proxy.accept(); Socket server = new Socket(InetAddress.getLoopbackAddress(), port)) {
                Thread up = new Thread(() -> {
                    try {
                        client.getInputStream().transferTo(server.getOutputStream());
                    } catch (IOException ended) {
                        // the test is over
                    }
                });
                up.setDaemon(true);
                up.start();
                InputStream answers = server.getInputStream();
                for (int b; (b = answers.read()) >= 0; ) {
                    client.getOutputStream().write(b);
                    client.getOutputStream().flush();
                    Thread.sleep(20);
                }
            } catch (IOException | InterruptedException ended) {
                // the test is over
            }
        }, "trickling-proxy");
        relay.setDaemon(true);
        relay.start();
    }

    @Test
    void refuses_a_receiver_whose_certificate_names_another_host() throws Exception {
        KeyStore store = certificate("dns:receiver.example");
        try (ScriptedReceiver receiver = tlsReceiver(store);
             SocketWebhookSender sender = new SocketWebhookSender(Duration.ofSeconds(5), trusting(store))) {
            assertThatThrownBy(() -> sender.post(URI.create(receiver.url("https")), HEADERS, "{}"))
                    .isInstanceOf(SSLHandshakeException.class);

            assertThat(receiver.seen()).isEmpty();
        }
    }

    @Test
    void refuses_a_receiver_whose_certificate_it_does_not_trust() throws Exception {
        KeyStore store = certificate("ip:127.0.0.1");
        try (ScriptedReceiver receiver = tlsReceiver(store);
             SocketWebhookSender sender = new SocketWebhookSender(Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> sender.post(URI.create(receiver.url("https")), HEADERS, "{}"))
                    .isInstanceOf(SSLHandshakeException.class);
        }
    }

    /** A self-signed key and certificate whose subject alternative name is {@code san}. */
    private KeyStore certificate(String san) throws IOException, InterruptedException, GeneralSecurityException {
        Path file = dir.resolve(san.replace(':', '-') + ".p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "receiver", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=webhook receiver", "-ext", "san=" + san, "-validity", "2",
                "-storetype", "PKCS12", "-keystore", file.toString(),
                "-storepass", new String(FAKE_STORE_PASSWORD), "-keypass", new String(FAKE_STORE_PASSWORD))
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor()).as(output).isZero();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, FAKE_STORE_PASSWORD);
        }
        return store;
    }

    private static ScriptedReceiver tlsReceiver(KeyStore store) throws GeneralSecurityException, IOException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, FAKE_STORE_PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory()
                .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        return new ScriptedReceiver(server, (connection, request) -> Reply.answer(NO_CONTENT));
    }

    private static SSLSocketFactory trusting(KeyStore store) throws GeneralSecurityException {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try {
            trusted.load(null, null);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        trusted.setCertificateEntry("receiver", store.getCertificate("receiver"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context.getSocketFactory();
    }
}
