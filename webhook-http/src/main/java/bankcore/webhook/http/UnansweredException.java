package bankcore.webhook.http;

import java.io.IOException;

/**
 * The receiver closed or reset the connection before a byte of an answer came. On a connection kept
 * from an earlier request this is most often a receiver that closed it while it was idle, so the
 * request is made once more on a new connection.
 */
final class UnansweredException extends IOException {
    UnansweredException(String message, Throwable cause) {
        super(message, cause);
    }
}
