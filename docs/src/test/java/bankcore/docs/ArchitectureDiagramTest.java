package bankcore.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Keeps the architecture diagram true to the Maven modules the root pom builds. */
class ArchitectureDiagramTest {

    private static final Path ROOT_POM = Docs.LAYOUT.root().resolve("../pom.xml").normalize();
    private static final Path DIAGRAM = Docs.LAYOUT.diagrams().resolve("architecture.puml");

    /** A module is drawn as {@code component "<name>\n<what it is>" as alias}, or as a frame when it has parts. */
    private static final Pattern COMPONENT = Pattern.compile("(?:component|frame) \"([\\w-]+)");

    @Test
    void every_module_of_the_root_pom_is_drawn_as_a_component() throws Exception {
        List<String> modules = rootPomModules();
        assertThat(modules).as("modules of " + ROOT_POM).contains("core", "docs");
        assertThat(drawnComponents()).containsAll(modules);
    }

    private static List<String> drawnComponents() throws IOException {
        Matcher matcher = COMPONENT.matcher(Files.readString(DIAGRAM));
        List<String> components = new ArrayList<>();
        while (matcher.find()) {
            components.add(matcher.group(1));
        }
        return components;
    }

    private static List<String> rootPomModules() throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(ROOT_POM.toFile()).getDocumentElement();
        NodeList nodes = project.getElementsByTagName("module");
        List<String> modules = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            modules.add(nodes.item(i).getTextContent().trim());
        }
        return modules;
    }
}
