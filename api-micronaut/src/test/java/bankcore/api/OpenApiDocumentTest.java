package bankcore.api;

import bankcore.api.support.Reply;
import bankcore.api.support.TestServer;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yaml.snakeyaml.Yaml;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The served OpenAPI document describes every route the server really has, with problems for its errors. */
class OpenApiDocumentTest {

    /** Routes that only lead to the documentation itself. */
    private static final Set<String> UNDOCUMENTED = Set.of("GET /docs", "GET /swagger-ui");

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static Map<String, Map<String, Map<String, Object>>> paths;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void start() {
        Reply spec = server.client().get("/swagger/bankcore-api-0.1.0.yml").send();
        Map<String, Object> document = new Yaml().load(spec.body());
        paths = (Map<String, Map<String, Map<String, Object>>>) document.get("paths");
    }

    @Test
    void every_route_of_the_server_is_in_the_document() {
        Set<String> routes = server.context().getBean(Router.class).uriRoutes()
                .map(UriRouteInfo.class::cast)
                .filter(route -> !route.getHttpMethodName().equals("HEAD")) // Micronaut's automatic twin of GET
                .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString())
                .filter(route -> !UNDOCUMENTED.contains(route))
                .collect(Collectors.toSet());
        Set<String> documented = paths.entrySet().stream()
                .flatMap(path -> path.getValue().keySet().stream()
                        .map(method -> method.toUpperCase() + " " + path.getKey()))
                .collect(Collectors.toSet());

        assertThat(routes).hasSizeGreaterThanOrEqualTo(20);
        assertThat(documented).containsAll(routes);
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_protected_operation_documents_its_errors_as_problems() {
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            if (operation.containsKey("security")) {
                assertThat(responses).as(method + " " + path).containsKey("401");
                Map<String, Object> content = (Map<String, Object>) responses.get("401").get("content");
                assertThat(content).as(method + " " + path).containsKey("application/problem+json");
            }
        }));
    }

    @Test
    void the_document_has_examples_for_amounts_and_problems() {
        Reply spec = server.client().get("/swagger/bankcore-api-0.1.0.yml").send();
        assertThat(spec.body()).contains("example: \"25.00\"").contains("urn:bankcore:problem:insufficient-funds");
    }
}
