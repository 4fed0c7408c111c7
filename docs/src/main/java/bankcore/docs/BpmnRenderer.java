package bankcore.docs;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;

/**
 * Draws a BPMN 2.0 model from its diagram interchange (DI) shapes with Flowable's image generator
 * (see {@link LabellingDiagramGenerator} for how event and gateway names get drawn).
 * Unlike PlantUML, that generator does not embed its source, so the PNG gets a text chunk holding
 * the SHA-256 of the model it was drawn from; the tests compare it with the current model.
 */
public final class BpmnRenderer {

    /** Name of the PNG text chunk that holds the model's hash. */
    public static final String SOURCE_HASH_KEYWORD = "bpmn-source-sha256";

    private static final String PNG_METADATA_FORMAT = "javax_imageio_png_1.0";
    private static final String FONT = "SansSerif";
    private static final double SCALE = 1.0;

    private BpmnRenderer() {
    }

    /** Parses the model, validating it against the BPMN 2.0 schema that Flowable bundles. */
    public static BpmnModel parse(String bpmnXml) {
        byte[] bytes = bpmnXml.getBytes(StandardCharsets.UTF_8);
        return new BpmnXMLConverter().convertToBpmnModel(() -> new ByteArrayInputStream(bytes), true, true);
    }

    public static byte[] renderPng(String bpmnXml) throws IOException {
        BufferedImage image = new LabellingDiagramGenerator().generateImage(
                parse(bpmnXml), "png", List.of(), List.of(), FONT, FONT, FONT,
                BpmnRenderer.class.getClassLoader(), SCALE, true);
        return pngWithText(image, SOURCE_HASH_KEYWORD, sourceHash(bpmnXml));
    }

    /** Hash of the model text with line endings normalised, so a checkout with CRLF still matches. */
    public static String sourceHash(String bpmnXml) {
        try {
            byte[] canonical = bpmnXml.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
    }

    private static byte[] pngWithText(BufferedImage image, String keyword, String value) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            IIOMetadata metadata = writer.getDefaultImageMetadata(
                    ImageTypeSpecifier.createFromRenderedImage(image), writer.getDefaultWriteParam());
            metadata.mergeTree(PNG_METADATA_FORMAT, textChunk(keyword, value));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(png)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, metadata), writer.getDefaultWriteParam());
            }
            return png.toByteArray();
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadataNode textChunk(String keyword, String value) {
        IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
        entry.setAttribute("keyword", keyword);
        entry.setAttribute("value", value);
        IIOMetadataNode text = new IIOMetadataNode("tEXt");
        text.appendChild(entry);
        IIOMetadataNode root = new IIOMetadataNode(PNG_METADATA_FORMAT);
        root.appendChild(text);
        return root;
    }
}
