package bankcore.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the documentation sources live and where their pictures go, relative to the docs module's
 * directory. The renderer and the tests share it, so both agree on which picture belongs to which source.
 */
public record DocsLayout(Path root) {

    public Path diagrams() {
        return root.resolve("diagrams");
    }

    public Path models() {
        return root.resolve("models");
    }

    public Path images() {
        return root.resolve("images");
    }

    /** Every PlantUML source, sorted by name so renders and test reports come out in a stable order. */
    public List<Path> plantUmlSources() {
        return filesEndingWith(diagrams(), ".puml");
    }

    public List<Path> bpmnModels() {
        return filesEndingWith(models(), ".bpmn");
    }

    public Path svgOf(Path plantUmlSource) {
        return images().resolve(baseName(plantUmlSource, ".puml") + ".svg");
    }

    public Path pngOf(Path plantUmlSource) {
        return images().resolve(baseName(plantUmlSource, ".puml") + ".png");
    }

    /** The BPMN picture gets a suffix so that a PlantUML diagram of the same name cannot overwrite it. */
    public Path pngOfModel(Path bpmnModel) {
        return images().resolve(baseName(bpmnModel, ".bpmn") + "-bpmn.png");
    }

    private static String baseName(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - extension.length());
    }

    private static List<Path> filesEndingWith(Path directory, String extension) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }
}
