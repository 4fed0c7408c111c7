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
 * The API's main class in a JVM of its own, on this test's classpath and a free port, with the test
 * server's fake secret and admin; its output goes to a log file that failures quote.
 */
public final class ApiProcess implements AutoCloseable {

    private final Process process;
    private final URI uri;
    private final Path log;

    private ApiProcess(Process process, URI uri, Path log) {
        this.process = process;
        this.uri = uri;
        this.log = log;
    }

    /** Starts it with these system properties ({@code name=value}) and BANK_* variables, and waits until it is healthy. */
    public static ApiProcess start(List<String> properties, Map<String, String> environment, Path log) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "-Dmicronaut.server.port=" + port));
        properties.forEach(property -> command.add("-D" + property));
        command.add("bankcore.api.Application");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("BANK_JWT_SECRET", TestServer.JWT_SECRET);
        builder.environment().put("BANK_ADMIN_EMAIL", TestServer.ADMIN_EMAIL);
        builder.environment().put("BANK_ADMIN_PASSWORD", TestServer.ADMIN_PASSWORD);
        builder.environment().putAll(environment);
        ApiProcess api = new ApiProcess(builder.start(), URI.create("http://127.0.0.1:" + port), log);
        try {
            api.awaitHealthy();
            return api;
        } catch (Exception | AssertionError e) {
            api.close();
            throw e;
        }
    }

    public URI uri() {
        return uri;
    }

    public Process process() {
        return process;
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitHealthy() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the API died at start; log:%n%s", log()).isTrue();
            try {
                if (RawHttp.send("127.0.0.1", uri, "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                        .getBytes()).status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the API did not become healthy; log:\n" + log());
    }

    /** SIGKILL, if it still runs. */
    @Override
    public void close() {
        process.destroyForcibly();
    }
}
