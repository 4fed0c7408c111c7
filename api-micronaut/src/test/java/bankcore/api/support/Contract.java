package bankcore.api.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Holds every exchange of the HTTP tests to the OpenAPI document that the build generated (the one the
 * server serves): a response with a status, header or body the document does not describe fails the test
 * that got it.
 *
 * <p>Requests are held to the document only when the server accepted them (a status below 400). Tests send
 * malformed requests on purpose, and the server's refusal of those is what they check; but a request the
 * server <em>accepts</em> must be one the document allows, or the document is stricter than the server. So
 * a drift is caught from both sides: the server answering what the document does not say, and the server
 * taking what the document forbids. Exchanges on routes the document does not describe (the documentation's
 * own files, unknown paths, wrong methods) are not checked here; {@code OpenApiDocumentTest} checks that
 * every route the server has is described.
 */
final class Contract {

    static final String DOCUMENT = "META-INF/swagger/bankcore-api-0.1.0.yml";

    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(document())
            .build();

    private Contract() {
    }

    /** One request and the response it got, as the client saw them. */
    record Exchange(String method, URI uri, Map<String, String> requestHeaders, byte[] requestBody, int status,
                    Map<String, List<String>> responseHeaders, String responseBody) {

        static Exchange of(String method, Map<String, String> requestHeaders, byte[] requestBody,
                           HttpResponse<String> response) {
            return new Exchange(method, response.uri(), requestHeaders, requestBody, response.statusCode(),
                    response.headers().map(), response.body());
        }
    }

    /** Throws an {@link AssertionError} that lists what the document says otherwise. */
    static void check(Exchange exchange) {
        Request.Method verb = Request.Method.valueOf(exchange.method());
        ValidationReport report = VALIDATOR.validateResponse(exchange.uri().getPath(), verb, response(exchange));
        if (undocumentedRoute(report)) {
            return;
        }
        if (exchange.status() < 400 && !judgedItemByItem(exchange)) {
            report = report.merge(VALIDATOR.validateRequest(request(verb, exchange)));
        }
        if (report.hasErrors()) {
            throw new AssertionError("The exchange differs from the OpenAPI document: " + exchange.method() + " "
                    + exchange.uri() + " -> " + exchange.status() + "\n" + report.getMessages().stream()
                    .map(message -> "  " + message.getKey() + ": " + message.getMessage())
                    .collect(Collectors.joining("\n")) + "\nresponse body: " + abbreviate(exchange.responseBody()));
        }
    }

    /**
     * A batch that is not atomic answers 200 with one outcome per item, refusals included, and so does a batch's
     * dry run: the server accepted the batch, not each item, so its items are held to the document by their
     * outcomes, not as a request.
     */
    private static boolean judgedItemByItem(Exchange exchange) {
        return exchange.status() == 200 && exchange.responseBody() != null
                && (exchange.responseBody().startsWith("{\"mode\":\"each\"")
                || exchange.responseBody().startsWith("{\"mode\":\"dry_run\""));
    }

    private static boolean undocumentedRoute(ValidationReport report) {
        return report.getMessages().stream().map(ValidationReport.Message::getKey)
                .anyMatch(key -> key.endsWith(".path.missing") || key.endsWith(".operation.notAllowed"));
    }

    private static SimpleResponse response(Exchange exchange) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(exchange.status());
        exchange.responseHeaders().forEach(builder::withHeader);
        if (!exchange.responseBody().isEmpty()) {
            builder.withBody(exchange.responseBody());
        }
        return builder.build();
    }

    private static SimpleRequest request(Request.Method method, Exchange exchange) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(method, exchange.uri().getPath());
        exchange.requestHeaders().forEach((name, value) -> builder.withHeader(name, value));
        if (exchange.requestBody() != null) {
            builder.withBody(new String(exchange.requestBody(), StandardCharsets.UTF_8));
        }
        String query = exchange.uri().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                builder.withQueryParam(decode(name), List.of(decode(value)));
            }
        }
        return builder.build();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "...";
    }

    private static String document() {
        try (InputStream in = Contract.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is not on the test class path: build the module first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
