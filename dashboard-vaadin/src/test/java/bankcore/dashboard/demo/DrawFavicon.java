package bankcore.dashboard.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the dashboard's icon, a bank's front in white on Lumo's blue, and writes it as
 * {@code favicon.ico}: an ICO file holding PNGs of 16, 32 and 48 pixels (PNG inside ICO is what every
 * current browser reads). Run by hand when the icon changes; the result is committed.
 *
 * <pre>java -cp target/test-classes bankcore.dashboard.demo.DrawFavicon src/main/resources/META-INF/resources/favicon.ico</pre>
 */
public final class DrawFavicon {

    private static final int[] SIZES = {16, 32, 48};
    private static final int HEADER_BYTES = 6;
    private static final int ENTRY_BYTES = 16;

    private DrawFavicon() {
    }

    public static void main(String[] args) throws IOException {
        byte[][] images = new byte[SIZES.length][];
        int total = HEADER_BYTES + ENTRY_BYTES * SIZES.length;
        for (int i = 0; i < SIZES.length; i++) {
            images[i] = png(SIZES[i]);
            total += images[i].length;
        }
        ByteBuffer ico = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        ico.putShort((short) 0).putShort((short) 1).putShort((short) SIZES.length);
        int offset = HEADER_BYTES + ENTRY_BYTES * SIZES.length;
        for (int i = 0; i < SIZES.length; i++) {
            ico.put((byte) SIZES[i]).put((byte) SIZES[i]).put((byte) 0).put((byte) 0)
                    .putShort((short) 1).putShort((short) 32).putInt(images[i].length).putInt(offset);
            offset += images[i].length;
        }
        for (byte[] image : images) {
            ico.put(image);
        }
        Files.write(Path.of(args[0]), ico.array());
    }

    /** The icon drawn on a 32-unit grid, scaled to {@code size} pixels. */
    private static byte[] png(int size) throws IOException {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(size / 32.0, size / 32.0);
        g.setColor(new Color(0x1676F3));
        g.fill(new RoundRectangle2D.Double(0, 0, 32, 32, 8, 8));
        g.setColor(Color.WHITE);
        Path2D roof = new Path2D.Double();
        roof.moveTo(16, 4);
        roof.lineTo(28, 11);
        roof.lineTo(4, 11);
        roof.closePath();
        g.fill(roof);
        for (double x : new double[] {7, 14, 21}) {
            g.fill(new Rectangle2D.Double(x, 13, 4, 10));
        }
        g.fill(new Rectangle2D.Double(4, 24, 24, 4));
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
