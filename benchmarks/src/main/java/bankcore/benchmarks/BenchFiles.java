package bankcore.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where benchmark databases live: {@code -Dbankcore.bench.dir=...}, by default {@code benchmarks/target}
 * (run from the repository root) or {@code target} (run from the module). Not the system temporary
 * directory, which is tmpfs on many laptops, where an fsync costs nothing and the write numbers lie.
 */
final class BenchFiles {
    private BenchFiles() {
    }

    static Path directory() {
        String configured = System.getProperty("bankcore.bench.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        return Files.isDirectory(Path.of("benchmarks", "target")) ? Path.of("benchmarks", "target") : Path.of("target");
    }
}
