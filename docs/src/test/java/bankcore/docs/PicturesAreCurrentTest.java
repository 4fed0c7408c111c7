package bankcore.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.code.TranscoderUtil;
import net.sourceforge.plantuml.version.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every committed picture must have been drawn from its source as it is now. PlantUML embeds the
 * source it drew in the SVG (an encoded comment) and the PNG (a text chunk); the BPMN picture
 * carries the model's SHA-256. Comparing those, rather than pixels, keeps the check independent of
 * the fonts of the machine that runs it. When a check fails, re-render:
 * {@code mvn -q -pl docs -am -Prender-diagrams process-classes}.
 */
class PicturesAreCurrentTest {

    private static final Pattern SVG_SOURCE = Pattern.compile("<!--SRC=\\[([^\\]]+)]-->");

    static List<Path> plantUmlSources() {
        return Docs.LAYOUT.plantUmlSources();
    }

    static List<Path> bpmnModels() {
        return Docs.LAYOUT.bpmnModels();
    }

    @Test
    void the_architecture_class_and_sequence_diagrams_have_sources() {
        assertThat(plantUmlSources()).extracting(path -> path.getFileName().toString())
                .contains("architecture.puml", "domain-classes.puml", "ports.puml", "transfer-sequence.puml");
        assertThat(bpmnModels()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plantUmlSources")
    void svg_was_drawn_from_the_current_source(Path source) throws IOException {
        assertThat(sourceInSvg(Docs.LAYOUT.svgOf(source))).isEqualTo(normalised(Files.readString(source)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plantUmlSources")
    void png_was_drawn_from_the_current_source_by_the_pinned_plantuml(Path source) throws IOException {
        String embedded = PngText.of(Docs.LAYOUT.pngOf(source)).get("plantuml");
        assertThat(embedded).as("PlantUML's text chunk in the PNG").isNotNull();
        assertThat(normalised(embedded)).startsWith(normalised(Files.readString(source)) + "\n");
        assertThat(embedded).contains("PlantUML version " + Version.versionString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bpmnModels")
    void bpmn_picture_was_drawn_from_the_current_model(Path model) throws IOException {
        String embedded = PngText.of(Docs.LAYOUT.pngOfModel(model)).get(BpmnRenderer.SOURCE_HASH_KEYWORD);
        assertThat(embedded).isEqualTo(BpmnRenderer.sourceHash(Files.readString(model, StandardCharsets.UTF_8)));
    }

    @Test
    void the_check_tells_a_stale_picture_from_a_current_one(@TempDir Path scratch) throws IOException {
        String drawn = "@startuml\n!pragma layout smetana\nclass Money\n@enduml\n";
        Path svg = scratch.resolve("money.svg");
        Files.write(svg, PlantUmlRenderer.render(drawn, FileFormat.SVG));

        assertThat(sourceInSvg(svg)).isEqualTo(normalised(drawn))
                .isNotEqualTo(normalised(drawn.replace("Money", "Account")));
    }

    /** Screenshots of the dashboard are taken from the running app (dashboard-vaadin's ScreenshotTour), not drawn. */
    private static final Pattern SCREENSHOT = Pattern.compile("dashboard-[a-z-]+\\.png");

    @Test
    void no_picture_is_left_without_a_source() throws IOException {
        try (Stream<Path> pictures = Files.list(Docs.LAYOUT.images())
                .filter(picture -> !SCREENSHOT.matcher(picture.getFileName().toString()).matches())) {
            List<Path> expected = Stream.concat(
                    plantUmlSources().stream().flatMap(s -> Stream.of(Docs.LAYOUT.svgOf(s), Docs.LAYOUT.pngOf(s))),
                    bpmnModels().stream().map(Docs.LAYOUT::pngOfModel)).toList();
            assertThat(pictures.toList()).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static String sourceInSvg(Path svg) throws IOException {
        Matcher matcher = SVG_SOURCE.matcher(Files.readString(svg, StandardCharsets.UTF_8));
        assertThat(matcher.find()).as("PlantUML's source comment in " + svg).isTrue();
        // An XML comment may not hold "--", so PlantUML writes "- -"; its encoding has no spaces of its own.
        String encoded = matcher.group(1).replace(" ", "");
        return normalised(TranscoderUtil.getDefaultTranscoder().decode(encoded));
    }

    /** Line endings and trailing blank space do not change a drawing. */
    private static String normalised(String source) {
        return source.replace("\r\n", "\n").strip();
    }
}
