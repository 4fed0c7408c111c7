package bankcore.api.support;

import bankcore.persistence.postgres.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The real application on a random port with its own SQLite file, for one test class: a JUnit extension
 * that starts it before the class's tests and stops it after them. With {@code -Dbankcore.test.db=postgres}
 * (or {@link #onPostgres()}) the ledger is a fresh schema on the PostgreSQL server in
 * {@code BANKCORE_TEST_PG_URL} instead, unless the test class names its own {@code bank.db}. A test class declares
 * <pre>{@code
 * @RegisterExtension
 * static final TestServer server = new TestServer();
 * private static final ApiClient api = server.client();
 * }</pre>
 * The client may be taken before the server starts; it finds the server when it sends.
 * Holds clearly fake credentials only.
 */
public final class TestServer implements BeforeAllCallback, AfterAllCallback {

    public static final String JWT_SECRET = "test-only-secret-not-used-anywhere-else-0123456789";
    public static final String ADMIN_EMAIL = "admin@bank.test";
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    /** Stands for the test's own temporary directory in an override's value. */
    public static final String DIRECTORY = "{directory}";
    /** The system property (Maven passes {@code -D} on its command line through) that picks the store. */
    public static final String STORE_PROPERTY = "bankcore.test.db";
    /** An override with this value removes the property, so the application's own default applies. */
    public static final String UNSET = "<unset>";
    private static final String POSTGRES = "postgres";

    private final Map<String, Object> overrides;
    private final boolean postgres;
    private Class<?> owner;
    private EmbeddedServer server;
    private Path directory;

    public TestServer() {
        this(Map.of());
    }

    /** The application with some properties overridden; {@link #DIRECTORY} in a String value is replaced. */
    public TestServer(Map<String, Object> overrides) {
        this(overrides, POSTGRES.equals(System.getProperty(STORE_PROPERTY)));
    }

    private TestServer(Map<String, Object> overrides, boolean postgres) {
        this.overrides = Map.copyOf(overrides);
        this.postgres = postgres;
    }

    /** The application on PostgreSQL whatever {@value #STORE_PROPERTY} says; skipped without a server to run on. */
    public static TestServer onPostgres() {
        return onPostgres(Map.of());
    }

    /** As {@link #onPostgres()}, with some properties overridden as {@link #TestServer(Map)} does. */
    public static TestServer onPostgres(Map<String, Object> overrides) {
        return new TestServer(overrides, true);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (owner != null) {
            return; // a @Nested class shares the server of the class that declares it
        }
        owner = context.getRequiredTestClass();
        directory = Files.createTempDirectory("bankcore-api-test");
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("bank.db", postgres ? TestDatabase.freshSchemaUrl() : directory.resolve("banking.db").toString());
        properties.put("bank.jwt.secret", JWT_SECRET);
        properties.put("bank.admin.email", ADMIN_EMAIL);
        properties.put("bank.admin.password", ADMIN_PASSWORD);
        // The cheapest bcrypt cost: tests register and log in a lot.
        properties.put("bank.bcrypt-cost", 4);
        overrides.forEach((name, value) -> properties.put(name,
                value instanceof String text ? text.replace(DIRECTORY, directory.toString()) : value));
        properties.values().removeIf(UNSET::equals);
        server = ApplicationContext.run(EmbeddedServer.class, properties);
    }

    /** Stops the server (which closes the ledger) and deletes the test's SQLite files; an old schema is dropped by a later run. */
    @Override
    public void afterAll(ExtensionContext context) {
        if (context.getRequiredTestClass() != owner) {
            return;
        }
        owner = null;
        if (server != null) {
            server.close();
            server = null;
        }
        if (directory == null) {
            return;
        }
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ApiClient client() {
        return new ApiClient(this::uri, this::jsonMapper);
    }

    /** A client of another node of the same bank (an API process of its own), reading replies with this server's mapper. */
    public ApiClient clientOf(URI node) {
        return new ApiClient(() -> node, this::jsonMapper);
    }

    public URI uri() {
        return running().getURI();
    }

    public ApplicationContext context() {
        return running().getApplicationContext();
    }

    public Path directory() {
        running();
        return directory;
    }

    JsonMapper jsonMapper() {
        return context().getBean(JsonMapper.class);
    }

    private EmbeddedServer running() {
        if (server == null) {
            throw new IllegalStateException("the server is not running: register it with @RegisterExtension "
                    + "on a static field, and use it from tests or @BeforeAll methods");
        }
        return server;
    }
}
