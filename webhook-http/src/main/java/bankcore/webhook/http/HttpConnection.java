package bankcore.webhook.http;

import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;

/**
 * One blocking HTTP/1.1 connection, plain or TLS, used by one thread at a time for one exchange
 * after another. Every read, TLS's own included, waits only for what is left of the request's
 * {@link Deadline} ({@link DeadlineSocket}). Writes have no timeout of their own: a webhook request
 * is a few kilobytes, which the kernel's send buffer takes at once, so a write does not wait on a
 * receiver that does not read.
 */
final class HttpConnection implements Closeable {
    private final Origin origin;
    private final DeadlineSocket plain;
    private final Socket socket;
    private final BufferedInputStream in;
    private final OutputStream out;
    private long idleSinceNanos;

    private HttpConnection(Origin origin, DeadlineSocket plain, Socket socket) throws IOException {
        this.origin = origin;
        this.plain = plain;
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream(), 8 * 1024);
        this.out = socket.getOutputStream();
    }

    /** Connects, and for https makes the TLS handshake checking the certificate against the host name. */
    static HttpConnection open(Origin origin, SSLSocketFactory tls, Deadline deadline) throws IOException {
        DeadlineSocket plain = new DeadlineSocket();
        plain.deadline(deadline);
        try {
            plain.setTcpNoDelay(true);
            plain.connect(new InetSocketAddress(origin.hostName(), origin.port()), deadline.remainingMillis());
            if (!origin.secure()) {
                return new HttpConnection(origin, plain, plain);
            }
            SSLSocket secure = (SSLSocket) tls.createSocket(plain, origin.hostName(), origin.port(), true);
            SSLParameters parameters = secure.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            secure.setSSLParameters(parameters);
            secure.startHandshake();
            return new HttpConnection(origin, plain, secure);
        } catch (IOException | RuntimeException failed) {
            plain.close();
            throw failed;
        }
    }

    Origin origin() {
        return origin;
    }

    /**
     * Sends {@code request} and reads the answer.
     *
     * @throws UnansweredException when the connection was closed or reset before any of the answer came
     */
    ResponseReader.Answer exchange(byte[] request, Deadline deadline) throws IOException {
        plain.deadline(deadline);
        try {
            out.write(request);
            out.flush();
            in.mark(1);
            if (in.read() < 0) {
                throw new UnansweredException("the receiver closed the connection without an answer", null);
            }
            in.reset();
        } catch (SocketException closedOrReset) {
            throw new UnansweredException("the connection was closed or reset: " + closedOrReset.getMessage(),
                    closedOrReset);
        }
        return ResponseReader.read(in);
    }

    /** Bytes came while it was idle (an unasked-for answer, such as a 408 before closing): not fit to reuse. */
    boolean hasUnaskedBytes() {
        try {
            return in.available() > 0;
        } catch (IOException broken) {
            return true;
        }
    }

    void markIdle() {
        idleSinceNanos = System.nanoTime();
    }

    long idleNanos() {
        return System.nanoTime() - idleSinceNanos;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException alreadyBroken) {
            // nothing left to release
        }
    }
}
