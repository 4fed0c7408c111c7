package bankcore.webhook.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver on loopback that answers each request as its script says, written on the raw
 * socket, so that tests can give the sender what real servers do: keep-alive, close, chunks,
 * silence, a connection dropped while idle.
 */
final class ScriptedReceiver implements AutoCloseable {

    /** What the receiver does with the {@code request}th request (from 1) on its {@code connection}th connection. */
    interface Script {
        Reply reply(int connection, int request);
    }

    /**
     * @param raw           the bytes to answer, or null to answer nothing
     * @param millisPerByte 0 to write the answer at once, else a pause after each byte
     */
    record Reply(String raw, boolean closeAfter, boolean hang, int millisPerByte) {
        static Reply answer(String raw) {
            return new Reply(raw, false, false, 0);
        }

        static Reply answerThenClose(String raw) {
            return new Reply(raw, true, false, 0);
        }

        static Reply closeWithoutAnswer() {
            return new Reply(null, true, false, 0);
        }

        static Reply neverAnswer() {
            return new Reply(null, false, true, 0);
        }

        /** A byte at a time, each within any per-read timeout, the whole far beyond it. */
        static Reply trickle(String raw, int millisPerByte) {
            return new Reply(raw, false, false, millisPerByte);
        }
    }

    record Seen(int connection, String head, String body) {
    }

    static final String NO_CONTENT = "HTTP/1.1 204 No Content\r\n\r\n";

    private final ServerSocket server;
    private final Script script;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final CountDownLatch closed = new CountDownLatch(1);

    ScriptedReceiver(Script script) throws IOException {
        this(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), script);
    }

    ScriptedReceiver(ServerSocket server, Script script) {
        this.server = server;
        this.script = script;
        Thread accepting = new Thread(this::accept, "scripted-receiver");
        accepting.setDaemon(true);
        accepting.start();
    }

    String url(String scheme) {
        return scheme + "://127.0.0.1:" + server.getLocalPort() + "/hooks/bank?tenant=7";
    }

    List<Seen> seen() {
        return seen;
    }

    int connections() {
        return connections.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                int number = connections.incrementAndGet();
                Thread serving = new Thread(() -> serve(socket, number), "scripted-connection-" + number);
                serving.setDaemon(true);
                serving.start();
            } catch (IOException stopped) {
                return;
            }
        }
    }

    private void serve(Socket socket, int connection) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            for (int request = 1; ; request++) {
                String head = head(in);
                if (head == null) {
                    return;
                }
                String body = new String(in.readNBytes(contentLength(head)), StandardCharsets.UTF_8);
                seen.add(new Seen(connection, head, body));
                Reply reply = script.reply(connection, request);
                if (reply.hang()) {
                    closed.await();
                    return;
                }
                if (reply.raw() != null) {
                    write(socket.getOutputStream(), reply);
                }
                if (reply.closeAfter()) {
                    return;
                }
            }
        } catch (IOException | InterruptedException ended) {
            // the sender went away, or the test is over
        }
    }

    private static void write(OutputStream out, Reply reply) throws IOException, InterruptedException {
        byte[] bytes = reply.raw().getBytes(StandardCharsets.ISO_8859_1);
        if (reply.millisPerByte() == 0) {
            out.write(bytes);
            out.flush();
            return;
        }
        for (byte b : bytes) {
            out.write(b);
            out.flush();
            Thread.sleep(reply.millisPerByte());
        }
    }

    /** The request's head up to its blank line, or null when the connection ended before one. */
    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        for (int b; matched < 4; ) {
            if ((b = in.read()) < 0) {
                return null;
            }
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring("content-length:".length()).strip());
            }
        }
        return 0;
    }

    @Override
    public void close() throws IOException {
        closed.countDown();
        server.close();
    }
}
