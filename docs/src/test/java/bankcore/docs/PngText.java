package bankcore.docs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/** Reads the text chunks (tEXt, zTXt, iTXt) of a PNG file: keyword to text. */
final class PngText {

    private static final String FORMAT = "javax_imageio_png_1.0";

    private PngText() {
    }

    static Map<String, String> of(Path png) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            reader.setInput(in);
            Node root = reader.getImageMetadata(0).getAsTree(FORMAT);
            Map<String, String> texts = new LinkedHashMap<>();
            collect(root, texts);
            return texts;
        } finally {
            reader.dispose();
        }
    }

    private static void collect(Node node, Map<String, String> texts) {
        String name = node.getNodeName();
        if (name.equals("tEXtEntry") || name.equals("zTXtEntry") || name.equals("iTXtEntry")) {
            String valueAttribute = name.equals("iTXtEntry") ? "text" : name.equals("zTXtEntry") ? "text" : "value";
            texts.put(attribute(node, "keyword"), attribute(node, valueAttribute));
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, texts);
        }
    }

    private static String attribute(Node node, String name) {
        Node attribute = node.getAttributes().getNamedItem(name);
        return attribute == null ? null : attribute.getNodeValue();
    }
}
