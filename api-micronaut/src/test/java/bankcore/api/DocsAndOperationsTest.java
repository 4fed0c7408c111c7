package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.Reply;
import bankcore.api.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class DocsAndOperationsTest {

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final ApiClient api = server.client();

    @Test
    void docs_leads_to_swagger_ui_like_the_seed() {
        Reply docs = api.get("/docs").send();
        assertThat(docs.status()).isEqualTo(303);
        String location = docs.header("Location").orElseThrow();

        Reply page = api.get(location).send();
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(page.body()).doesNotContain("unpkg.com").doesNotContain("cdn.jsdelivr");
    }

    @Test
    void swagger_ui_assets_are_served_from_the_jar() {
        for (String asset : new String[] {"swagger-ui.css", "swagger-ui-bundle.js",
            "swagger-ui-standalone-preset.js"}) {
            Reply reply = api.get("/swagger-ui/res/" + asset).send();
            assertThat(reply.status()).as(asset).isEqualTo(200);
            assertThat(reply.body()).hasSizeGreaterThan(1000);
        }
    }

    @Test
    void swagger_ui_without_a_trailing_path_leads_to_the_page() {
        Reply reply = api.get("/swagger-ui").send();
        assertThat(reply.status()).isEqualTo(303);
        assertThat(api.get(reply.header("Location").orElseThrow()).send().status()).isEqualTo(200);
    }

    @Test
    void the_openapi_document_is_served() {
        Reply spec = api.get("/swagger/bankcore-api-0.1.0.yml").send();
        assertThat(spec.status()).as(spec.toString()).isEqualTo(200);
        assertThat(spec.body()).contains("openapi:").contains("/login");
    }

    @Test
    void health_is_up_for_anyone() {
        Reply health = api.get("/health").send();
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").getStringValue()).isEqualTo("UP");
    }
}
