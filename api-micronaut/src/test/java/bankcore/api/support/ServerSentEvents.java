package bankcore.api.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A text/event-stream response read as it arrives, parsed as the HTML standard's EventSource does:
 * fields up to a blank line make one message; a line starting with a colon is a comment. Closing it
 * cuts the connection, as a client that goes away does.
 */
public final class ServerSentEvents implements AutoCloseable {

    /** One message; {@code comment} is set (and the rest null) for a comment line. */
    public record Message(String id, String event, String data, String comment) {
        public boolean isComment() {
            return comment != null;
        }
    }

    private final HttpResponse<InputStream> response;
    private final BufferedReader lines;
    private final Consumer<String> contract;
    private final StringBuilder read = new StringBuilder();
    private boolean closed;

    /** @param contract checks the exchange, given the body as far as it was read */
    ServerSentEvents(HttpResponse<InputStream> response, Consumer<String> contract) throws IOException {
        this.response = response;
        this.lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
        this.contract = contract;
        if (response.statusCode() != 200) {
            try (InputStream in = response.body()) {
                read.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            closed = true;
            contract.accept(read.toString());
        }
    }

    public int status() {
        return response.statusCode();
    }

    public String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The next message or comment; blocks until one arrives. */
    public Message next() {
        String id = null;
        String event = null;
        StringBuilder data = null;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                read.append(line).append('\n');
                if (line.startsWith(":")) {
                    return new Message(null, null, null, line.substring(1).strip());
                }
                if (line.isEmpty()) {
                    if (id != null || event != null || data != null) {
                        return new Message(id, event, data == null ? null : data.toString(), null);
                    }
                    continue;
                }
                int colon = line.indexOf(':');
                String name = colon < 0 ? line : line.substring(0, colon);
                String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                switch (name) {
                    case "id" -> id = value;
                    case "event" -> event = value;
                    case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                    default -> { }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("the stream ended");
    }

    /** The next {@code count} messages, comments skipped. */
    public List<Message> nextEvents(int count) {
        List<Message> events = new ArrayList<>();
        while (events.size() < count) {
            Message message = next();
            if (!message.isComment()) {
                events.add(message);
            }
        }
        return events;
    }

    /** Cuts the connection, then holds what was read to the document. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            response.body().close();
        } catch (IOException ignored) {
            // the connection is being cut on purpose
        }
        contract.accept(read.toString());
    }
}
