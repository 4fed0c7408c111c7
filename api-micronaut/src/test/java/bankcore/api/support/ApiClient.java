package bankcore.api.support;

import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Plain JDK HTTP against the real server, so that tests can send any bytes, broken ones included. Every
 * exchange is held to the OpenAPI document (see {@link Contract}).
 */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** Asked at each send, so that a client can be made before its server has started. */
    private final Supplier<URI> server;
    private final Supplier<JsonMapper> mapper;

    ApiClient(Supplier<URI> server, Supplier<JsonMapper> mapper) {
        this.server = server;
        this.mapper = mapper;
    }

    public Call get(String path) {
        return new Call("GET", path);
    }

    public Call post(String path) {
        return new Call("POST", path);
    }

    public Call call(String method, String path) {
        return new Call(method, path);
    }

    /** Logs in and returns the bearer token. */
    public String login(String email, String password) {
        Reply reply = post("/login").json(Json.object("username", email, "password", password)).send();
        if (reply.status() != 200) {
            throw new AssertionError("login failed: " + reply);
        }
        return reply.json().get("access_token").getStringValue();
    }

    public final class Call {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Call json(String text) {
            return body(text, "application/json");
        }

        public Call body(String text, String contentType) {
            return body(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), contentType);
        }

        public Call body(byte[] bytes, String contentType) {
            this.body = bytes;
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            return this;
        }

        public Call token(String token) {
            return header("Authorization", "Bearer " + token);
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /**
         * Opens a text/event-stream and returns it as it arrives. A refusal is held to the document at once;
         * a stream when it is closed, with what was read of it.
         */
        public ServerSentEvents open() {
            HttpRequest.Builder request = HttpRequest.newBuilder(server.get().resolve(path));
            headers.forEach(request::header);
            request.method(method, HttpRequest.BodyPublishers.noBody());
            try {
                HttpResponse<java.io.InputStream> response = HTTP.send(request.build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                Map<String, String> sent = Map.copyOf(headers);
                return new ServerSentEvents(response, body -> Contract.check(new Contract.Exchange(method,
                        response.uri(), sent, null, response.statusCode(), response.headers().map(), body)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        public Reply send() {
            HttpRequest.Builder request = HttpRequest.newBuilder(server.get().resolve(path))
                    .timeout(Duration.ofSeconds(30));
            headers.forEach(request::header);
            request.method(method, body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
            try {
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                Contract.check(Contract.Exchange.of(method, headers, body, response));
                return new Reply(response, mapper.get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
