package bankcore.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sourceforge.plantuml.FileFormat;

/**
 * Re-renders every picture under docs/images from its source: each PlantUML diagram to SVG and PNG,
 * each BPMN model to PNG. Run it through the docs module's profile:
 * {@code mvn -q -pl docs -am -Prender-diagrams process-classes}.
 */
public final class RenderDiagrams {

    private RenderDiagrams() {
    }

    public static void main(String[] args) throws IOException {
        // Draw off-screen: a build machine has no display.
        System.setProperty("java.awt.headless", "true");
        DocsLayout docs = new DocsLayout(Path.of(args.length > 0 ? args[0] : "docs"));
        Files.createDirectories(docs.images());
        for (Path source : docs.plantUmlSources()) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            write(docs.svgOf(source), PlantUmlRenderer.render(text, FileFormat.SVG));
            write(docs.pngOf(source), PlantUmlRenderer.render(text, FileFormat.PNG));
        }
        for (Path model : docs.bpmnModels()) {
            write(docs.pngOfModel(model), BpmnRenderer.renderPng(Files.readString(model, StandardCharsets.UTF_8)));
        }
    }

    private static void write(Path picture, byte[] bytes) throws IOException {
        Files.write(picture, bytes);
        System.out.println("rendered " + picture);
    }
}
