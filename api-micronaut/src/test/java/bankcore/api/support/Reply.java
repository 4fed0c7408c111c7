package bankcore.api.support;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Optional;

/** A response as the client saw it. */
public record Reply(HttpResponse<String> response, JsonMapper mapper) {

    public int status() {
        return response.statusCode();
    }

    public String body() {
        return response.body();
    }

    public Optional<String> header(String name) {
        return response.headers().firstValue(name);
    }

    public String contentType() {
        return header("Content-Type").orElse("");
    }

    public JsonNode json() {
        try {
            return mapper.readValue(response.body(), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    /** The problem's type without the common prefix, e.g. {@code insufficient-funds}. */
    public String problemType() {
        String type = json().get("type").getStringValue();
        return type.substring(type.lastIndexOf(':') + 1);
    }

    @Override
    public String toString() {
        return response.request().method() + " " + response.uri().getPath() + " -> " + status() + " "
                + contentType() + " " + response.body();
    }
}
