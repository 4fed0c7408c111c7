package bankcore.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's main class in a JVM of its own, on this test's classpath and a database in {@code dir}, for
 * tests that stop it the hard way (SIGTERM, SIGKILL); it logs to {@code dir/api-<n>.log}.
 */
public final class ChildApi {
    private final Path dir;
    private final int port;
    private final Map<String, String> environment;
    private final String[] properties;
    private int starts;

    /** @param properties extra {@code -Dname=value} arguments */
    public ChildApi(Path dir, Map<String, String> environment, String... properties) {
        this.dir = dir;
        this.environment = Map.copyOf(environment);
        this.properties = properties.clone();
        try (ServerSocket free = new ServerSocket(0)) {
            this.port = free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public Path log() {
        return dir.resolve("api-" + starts + ".log");
    }

    /** Starts the API (again, on the same database and port) and returns once it is healthy. */
    public Process start() throws Exception {
        starts++;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), "-Dmicronaut.server.port=" + port));
        command.addAll(List.of(properties));
        command.add("bankcore.api.Application");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log().toFile());
        builder.environment().put("BANK_DB", dir.resolve("banking.db").toString());
        builder.environment().put("BANK_JWT_SECRET", TestServer.JWT_SECRET);
        builder.environment().put("BANK_ADMIN_EMAIL", TestServer.ADMIN_EMAIL);
        builder.environment().put("BANK_ADMIN_PASSWORD", TestServer.ADMIN_PASSWORD);
        builder.environment().putAll(environment);
        Process api = builder.start();
        awaitHealthy(api);
        return api;
    }

    private void awaitHealthy(Process api) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            assertThat(api.isAlive()).as("the API died at start; log:%n%s", Files.readString(log())).isTrue();
            try {
                if (RawHttp.send("127.0.0.1", uri(), "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                        .getBytes()).status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the API did not become healthy; log:\n" + Files.readString(log()));
    }
}
