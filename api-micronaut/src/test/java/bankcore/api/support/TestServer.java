package bankcore.api.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The real application on a random port with its own SQLite file, for one test class.
 * Holds clearly fake credentials only.
 */
public final class TestServer implements AutoCloseable {

    public static final String JWT_SECRET = "test-only-secret-not-used-anywhere-else-0123456789";
    public static final String ADMIN_EMAIL = "admin@bank.test";
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    /** Stands for the test's own temporary directory in an override's value. */
    public static final String DIRECTORY = "{directory}";

    private final EmbeddedServer server;
    private final Path directory;

    private TestServer(EmbeddedServer server, Path directory) {
        this.server = server;
        this.directory = directory;
    }

    public static TestServer start() {
        return start(Map.of());
    }

    public static TestServer start(Map<String, Object> overrides) {
        try {
            Path directory = Files.createTempDirectory("bankcore-api-test");
            Map<String, Object> properties = new HashMap<>();
            properties.put("micronaut.server.port", -1);
            properties.put("bank.db", directory.resolve("banking.db").toString());
            properties.put("bank.jwt.secret", JWT_SECRET);
            properties.put("bank.admin.email", ADMIN_EMAIL);
            properties.put("bank.admin.password", ADMIN_PASSWORD);
            // The cheapest bcrypt cost: tests register and log in a lot.
            properties.put("bank.bcrypt-cost", 4);
            overrides.forEach((name, value) -> properties.put(name,
                    value instanceof String text ? text.replace(DIRECTORY, directory.toString()) : value));
            EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
            return new TestServer(server, directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ApiClient client() {
        return new ApiClient(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
    }

    public URI uri() {
        return server.getURI();
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    public Path directory() {
        return directory;
    }

    /** Stops the server (which closes the ledger) and deletes the test's SQLite files. */
    @Override
    public void close() {
        server.close();
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
