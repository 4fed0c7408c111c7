package bankcore.docs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;

/**
 * Draws one PlantUML source. PlantUML embeds the source in what it draws (an SVG comment, a PNG text
 * chunk), which is how the tests tell that a committed picture still matches its source.
 */
public final class PlantUmlRenderer {

    private PlantUmlRenderer() {
    }

    public static byte[] render(String source, FileFormat format) throws IOException {
        ByteArrayOutputStream picture = new ByteArrayOutputStream();
        var description = new SourceStringReader(source).outputImage(picture, new FileFormatOption(format));
        // PlantUML reports a syntax error by drawing it, so a broken source must fail the render instead.
        if (description == null || description.getDescription().toLowerCase().contains("error")) {
            throw new IOException("PlantUML could not draw the source: "
                    + (description == null ? "no diagram found" : description.getDescription()));
        }
        return picture.toByteArray();
    }
}
