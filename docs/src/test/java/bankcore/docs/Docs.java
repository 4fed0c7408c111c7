package bankcore.docs;

import java.nio.file.Path;

/** The docs module's directory: Surefire runs the tests with the module as working directory. */
final class Docs {

    static final DocsLayout LAYOUT = new DocsLayout(Path.of("").toAbsolutePath());

    private Docs() {
    }
}
