package bankcore.api;

import bankcore.api.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens /docs in a real headless Chromium (Debian's, never a downloaded one) and reads the page after its
 * JavaScript ran: Swagger UI must have rendered the operations from the served document, with no network
 * beyond this server. Skipped where Chromium is not installed.
 */
@EnabledIf("chromiumInstalled")
class SwaggerUiBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @RegisterExtension
    static final TestServer server = new TestServer();

    static boolean chromiumInstalled() {
        return Files.isExecutable(CHROMIUM);
    }

    @Test
    void swagger_ui_renders_every_tag_the_seed_transfer_and_the_ledgers_own_operations() throws Exception {
        String dom = renderedDom(server.uri().resolve("/docs").toString());

        assertThat(dom).contains("bankcore API");
        assertThat(dom).contains("opblock-tag-section");
        for (String tag : List.of("accounts", "admin", "auth", "cash", "operations", "statements", "transfers",
            "users")) {
            assertThat(dom).contains("data-tag=\"" + tag + "\"");
        }
        assertThat(dom).contains("The seed's transfer");
        for (String operation : List.of("Post 1 to 1,000 transfers at once", "Reverse a transfer (admin)",
            "Search transfers, newest first", "An account's balance at an instant")) {
            assertThat(dom).contains(operation);
        }
    }

    private static String renderedDom(String url) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        Path out = Files.createTempFile("swagger-dom", ".html");
        try {
            Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless=new", "--no-sandbox",
                    "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--user-data-dir=" + profile, "--virtual-time-budget=15000", "--dump-dom", url)
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!chromium.waitFor(90, TimeUnit.SECONDS)) {
                chromium.destroyForcibly();
                throw new AssertionError("Chromium did not finish within 90 s");
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
