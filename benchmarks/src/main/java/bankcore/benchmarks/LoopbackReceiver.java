package bankcore.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The webhook receiver of {@link ChangeFeedBenchmark}: on loopback, in the benchmark's JVM, a blocking
 * thread per kept-alive connection that reads each request whole and answers {@code 204}. It is as
 * lean as a receiver gets, because on two cores whatever it spends is taken from the writers; what it
 * did spend is reported ({@link #cpuNanos()}) so that the bank's own cost can be told apart.
 */
final class LoopbackReceiver implements AutoCloseable {
    private static final byte[] NO_CONTENT = "HTTP/1.1 204 No Content\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final ServerSocket server;
    private final AtomicLong received = new AtomicLong();
    private final Set<Thread> serving = ConcurrentHashMap.newKeySet();
    private final AtomicLong endedCpuNanos = new AtomicLong();

    LoopbackReceiver() throws IOException {
        server = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(this::accept, "loopback-receiver");
        accepting.setDaemon(true);
        accepting.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/hook";
    }

    long received() {
        return received.get();
    }

    /** CPU time its connection threads used, ended ones included. */
    long cpuNanos() {
        return endedCpuNanos.get() + serving.stream().mapToLong(t -> Math.max(0, THREADS.getThreadCpuTime(t.getId())))
                .sum();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread thread = new Thread(() -> serve(socket), "loopback-receiver-connection");
                thread.setDaemon(true);
                serving.add(thread);
                thread.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setTcpNoDelay(true);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            byte[] buffer = new byte[16 * 1024];
            int filled = 0;
            while (true) {
                int headEnd;
                while ((headEnd = headEnd(buffer, filled)) < 0) {
                    if (filled == buffer.length) {
                        buffer = Arrays.copyOf(buffer, buffer.length * 2);
                    }
                    int read = in.read(buffer, filled, buffer.length - filled);
                    if (read < 0) {
                        return;
                    }
                    filled += read;
                }
                int requestEnd = headEnd + contentLength(buffer, headEnd);
                if (requestEnd > buffer.length) {
                    buffer = Arrays.copyOf(buffer, requestEnd);
                }
                while (filled < requestEnd) {
                    int read = in.read(buffer, filled, requestEnd - filled);
                    if (read < 0) {
                        return;
                    }
                    filled += read;
                }
                received.incrementAndGet();
                out.write(NO_CONTENT);
                System.arraycopy(buffer, requestEnd, buffer, 0, filled - requestEnd);
                filled -= requestEnd;
            }
        } catch (IOException senderGone) {
            // the dispatcher closed its connection
        } finally {
            endedCpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime());
            serving.remove(Thread.currentThread());
        }
    }

    /** The offset just past the head's blank line, or -1 when it has not all come yet. */
    private static int headEnd(byte[] buffer, int filled) {
        for (int i = 3; i < filled; i++) {
            if (buffer[i] == '\n' && buffer[i - 1] == '\r' && buffer[i - 2] == '\n' && buffer[i - 3] == '\r') {
                return i + 1;
            }
        }
        return -1;
    }

    private static int contentLength(byte[] buffer, int headEnd) {
        String head = new String(buffer, 0, headEnd, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int at = head.indexOf("\r\ncontent-length:");
        if (at < 0) {
            return 0;
        }
        int end = head.indexOf('\r', at + 2);
        return Integer.parseInt(head.substring(at + "\r\ncontent-length:".length(), end).strip());
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
