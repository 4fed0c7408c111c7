package bankcore.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The design of record is docs/architecture.md: every citation of one of its sections anywhere in the
 * repository ("docs/architecture.md §9 Configuration") names a heading that exists there, so a renamed
 * or renumbered section cannot leave comments pointing at nothing.
 */
class ArchitectureReferencesTest {

    private static final Pattern CITATION = Pattern.compile("docs/architecture\\.md\\s+§(\\d+)\\s+(\\p{Lu}[\\p{L} ]*\\p{L})");
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "target", "node_modules", "data");

    @Test
    void every_citation_of_a_section_names_a_heading_of_the_document() throws IOException {
        Path repository = Docs.LAYOUT.root().getParent();
        String document = Files.readString(Docs.LAYOUT.root().resolve("architecture.md"));
        List<String> citations = new ArrayList<>();
        for (Path file : textFiles(repository)) {
            Matcher citation = CITATION.matcher(read(file));
            while (citation.find()) {
                citations.add(citation.group());
                String heading = "## " + citation.group(1) + ". ";
                String title = citation.group(2);
                assertThat(document).as("%s cites §%s %s", repository.relativize(file), citation.group(1), title)
                        .containsPattern("(?m)^" + Pattern.quote(heading) + Pattern.quote(title.split(" ")[0]));
            }
        }
        assertThat(citations).as("citations of the design found in the repository").hasSizeGreaterThan(5);
    }

    private static List<Path> textFiles(Path repository) throws IOException {
        try (Stream<Path> files = Files.walk(repository)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> Stream.of(repository.relativize(file).toString().split("[/\\\\]"))
                            .noneMatch(SKIPPED_DIRECTORIES::contains))
                    .filter(file -> file.toString().matches(".*\\.(java|md|yml|yaml|xml|bpmn|properties|sh)$"))
                    .toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (MalformedInputException notText) {
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
