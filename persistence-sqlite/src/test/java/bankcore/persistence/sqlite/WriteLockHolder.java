package bankcore.persistence.sqlite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another process that holds a ledger file's write lock, as {@code sqlite3 bank.db 'BEGIN IMMEDIATE;'}
 * left open would: {@link #start} returns once the lock is taken, {@link #close} lets it go.
 */
final class WriteLockHolder implements AutoCloseable {
    private final Process process;

    private WriteLockHolder(Process process) {
        this.process = process;
    }

    static WriteLockHolder start(Path file) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                WriteLockHolder.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).as("the holder took the lock").isEqualTo("locked");
        return new WriteLockHolder(process);
    }

    long pid() {
        return process.pid();
    }

    /** Closes the child's stdin, on which it waits: it rolls back and exits. */
    @Override
    public void close() throws IOException, InterruptedException {
        process.getOutputStream().close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** The child: takes the write lock, says so, and holds it until its stdin closes. */
    public static void main(String[] args) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + args[0]);
             Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // holding the lock until the parent closes our stdin
            }
            statement.execute("ROLLBACK");
        }
    }
}
