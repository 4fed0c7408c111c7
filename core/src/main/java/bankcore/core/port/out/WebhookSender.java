package bankcore.core.port.out;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

/** Posts one webhook request; an adapter does the HTTP, so tests and the core never need a network. */
public interface WebhookSender {

    /**
     * Posts {@code body} (JSON) with {@code headers} to {@code url}, follows no redirect, and returns the
     * status the endpoint answered.
     *
     * @throws IOException when the endpoint cannot be reached or does not answer in time
     */
    int post(URI url, Map<String, String> headers, String body) throws IOException;
}
