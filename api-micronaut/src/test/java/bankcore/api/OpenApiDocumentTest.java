package bankcore.api;

import bankcore.api.support.Reply;
import bankcore.api.support.TestServer;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yaml.snakeyaml.Yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served OpenAPI document describes every route the server really has, in the shape a generated client
 * needs. What each exchange looks like is checked on every HTTP test (see the support package's Contract).
 */
@SuppressWarnings("unchecked")
class OpenApiDocumentTest {

    /** Routes that only lead to the documentation itself. */
    private static final Set<String> UNDOCUMENTED = Set.of("GET /docs", "GET /swagger-ui");
    private static final Set<String> PUBLIC = Set.of("POST /login", "GET /health");
    /** The only properties a response may leave out, each for a reason its schema states. */
    private static final Map<String, Set<String>> OPTIONAL = Map.of("Problem",
            Set.of("errors", "index", "pointer", "transfer_status"),
            "Transfer", Set.of("reverses", "expires_at", "captures", "releases"),
            "TransferBatchItem", Set.of("transfer", "problem"), "FieldProblem", Set.of("pointer"));

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static Map<String, Object> document;
    private static Map<String, Map<String, Map<String, Object>>> paths;

    @BeforeAll
    static void start() {
        Reply spec = server.client().get("/swagger/bankcore-api-0.1.0.yml").send();
        document = new Yaml().load(spec.body());
        paths = (Map<String, Map<String, Map<String, Object>>>) document.get("paths");
    }

    private static void eachOperation(BiConsumer<String, Map<String, Object>> check) {
        paths.forEach((path, operations) -> operations.forEach((method, operation) ->
                check.accept(method.toUpperCase() + " " + path, operation)));
    }

    private static Map<String, Map<String, Object>> responses(Map<String, Object> operation) {
        return (Map<String, Map<String, Object>>) operation.get("responses");
    }

    @Test
    void every_route_of_the_server_is_in_the_document() {
        Set<String> routes = server.context().getBean(Router.class).uriRoutes()
                .map(UriRouteInfo.class::cast)
                .filter(route -> !route.getHttpMethodName().equals("HEAD")) // Micronaut's automatic twin of GET
                .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString())
                .filter(route -> !UNDOCUMENTED.contains(route))
                .collect(Collectors.toSet());
        List<String> documented = new ArrayList<>();
        eachOperation((name, operation) -> documented.add(name));

        assertThat(routes).hasSizeGreaterThanOrEqualTo(20);
        assertThat(documented).containsAll(routes);
    }

    @Test
    void every_operation_has_a_unique_meaningful_id_and_a_described_tag() {
        List<String> ids = new ArrayList<>();
        eachOperation((name, operation) -> ids.add((String) operation.get("operationId")));
        Set<String> tags = ((List<Map<String, String>>) document.get("tags")).stream()
                .filter(tag -> !tag.getOrDefault("description", "").isBlank())
                .map(tag -> tag.get("name")).collect(Collectors.toSet());

        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z][A-Za-z]{3,}"))
                .noneMatch(id -> id.matches("(get|list|post)(_\\d+)?"));
        eachOperation((name, operation) -> assertThat(tags).as(name)
                .containsAll((List<String>) operation.get("tags")));
        assertThat((List<Map<String, String>>) document.get("servers")).isNotEmpty();
    }

    @Test
    void protected_operations_say_401_with_a_bearer_challenge_and_public_ones_need_no_token() {
        assertThat((List<Map<String, Object>>) document.get("security")).containsExactly(Map.of("bearer", List.of()));
        eachOperation((name, operation) -> {
            List<Map<String, Object>> security = (List<Map<String, Object>>) operation.get("security");
            if (PUBLIC.contains(name)) {
                assertThat(security).as(name + ": OpenAPI's own \"no security\", not one empty requirement")
                        .isNotNull().isEmpty();
                return;
            }
            Map<String, Object> unauthorized = responses(operation).get("401");
            assertThat(unauthorized).as(name).isNotNull();
            assertThat((Map<String, Object>) unauthorized.get("headers")).as(name).containsKey("WWW-Authenticate");
        });
    }

    @Test
    void every_error_is_a_problem_and_every_creation_names_what_it_made() {
        eachOperation((name, operation) -> responses(operation).forEach((status, response) -> {
            Map<String, Object> content = (Map<String, Object>) response.get("content");
            if (status.equals("204")) { // no content, by definition (RFC 9110 §15.3.5)
                assertThat(content).as(name + " " + status).isNull();
                return;
            }
            assertThat(content).as(name + " " + status).isNotEmpty();
            if (status.startsWith("4") || status.startsWith("5") && !name.equals("GET /health")) {
                assertThat(content).as(name + " " + status).containsOnlyKeys("application/problem+json");
            }
            if (status.equals("201") && !name.equals("POST /transfer-batches")) { // a batch is no resource
                assertThat((Map<String, Object>) response.get("headers")).as(name).containsKey("Location");
            }
        }));
    }

    @Test
    void path_ids_are_typed_like_the_ids_in_bodies() {
        eachOperation((name, operation) -> ((List<Map<String, Object>>) operation.getOrDefault("parameters", List.of()))
                .stream().filter(parameter -> parameter.get("in").equals("path")).forEach(parameter -> {
                    Map<String, Object> schema = (Map<String, Object>) parameter.get("schema");
                    assertThat(schema.get("format")).as(name).isIn("int64", "uuid");
                }));
    }

    @Test
    void limits_are_optional_with_their_default() {
        eachOperation((name, operation) -> ((List<Map<String, Object>>) operation.getOrDefault("parameters", List.of()))
                .stream().filter(parameter -> parameter.get("name").equals("limit")).forEach(parameter -> {
                    assertThat(parameter.get("required")).as(name).isNotEqualTo(true);
                    assertThat(((Map<String, Object>) parameter.get("schema")).get("default")).as(name).isEqualTo(50);
                }));
    }

    @Test
    void every_response_model_says_which_properties_it_always_has() {
        Map<String, Map<String, Object>> schemas = (Map<String, Map<String, Object>>)
                ((Map<String, Object>) document.get("components")).get("schemas");
        schemas.forEach((name, schema) -> {
            if (!name.endsWith("Request") && schema.containsKey("properties")) {
                Set<String> optional = OPTIONAL.getOrDefault(name, Set.of());
                Set<String> properties = ((Map<String, Object>) schema.get("properties")).keySet();
                assertThat((List<String>) schema.get("required")).as(name)
                        .containsExactlyInAnyOrderElementsOf(properties.stream()
                                .filter(property -> !optional.contains(property)).toList());
            }
        });
    }

    @Test
    void problems_carry_errors_only_when_fields_failed_and_amounts_are_numbers_or_strings() {
        Map<String, Map<String, Object>> schemas = (Map<String, Map<String, Object>>)
                ((Map<String, Object>) document.get("components")).get("schemas");
        assertThat((List<String>) schemas.get("Problem").get("required"))
                .containsExactlyInAnyOrder("type", "title", "status", "detail");
        List<Map<String, Object>> amount = (List<Map<String, Object>>) schemas.get("Amount").get("oneOf");
        assertThat(amount).extracting(alternative -> alternative.get("type")).containsExactly("string", "number");
    }

    @Test
    void the_document_has_examples_for_amounts_and_problems() {
        Reply spec = server.client().get("/swagger/bankcore-api-0.1.0.yml").send();
        assertThat(spec.body()).contains("example: \"25.00\"").contains("urn:bankcore:problem:insufficient-funds");
    }
}
