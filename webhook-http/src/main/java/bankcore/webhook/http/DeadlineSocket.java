package bankcore.webhook.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;

/**
 * A plain socket whose every read waits only for what is left of the current request's
 * {@link Deadline}. It is the bottom layer, so TLS reads through it too: the handshake and a record
 * that arrives a byte at a time are held to the deadline as a whole, not to a timeout per read.
 */
final class DeadlineSocket extends Socket {
    private volatile Deadline deadline;

    void deadline(Deadline deadline) {
        this.deadline = deadline;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        InputStream raw = super.getInputStream();
        return new InputStream() {
            @Override
            public int read() throws IOException {
                setSoTimeout(deadline.remainingMillis());
                return raw.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                setSoTimeout(deadline.remainingMillis());
                return raw.read(buffer, offset, length);
            }

            @Override
            public int available() throws IOException {
                return raw.available();
            }
        };
    }
}
