package bankcore.api.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy values this API sends. JSON gets one that allows nothing; the only HTML
 * page, Swagger UI, may load its own scripts, styles and document from here, and run the inline script
 * of its generated page, allowed by its hash rather than by {@code 'unsafe-inline'}. No page may be framed.
 */
final class ContentSecurityPolicy {

    static final String FOR_DATA = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /** Where micronaut-openapi writes the Swagger UI page at build time. */
    static final String SWAGGER_UI_PAGE = "META-INF/swagger/views/swagger-ui/index.html";
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

    private ContentSecurityPolicy() {
    }

    /**
     * Swagger UI sets inline styles from its JavaScript, hence {@code style-src 'unsafe-inline'}; it draws
     * icons from {@code data:} URIs.
     */
    static String forPages(ClassLoader classLoader) {
        return "default-src 'self'; script-src 'self'" + inlineScriptHashes(classLoader)
                + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
                + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    }

    private static String inlineScriptHashes(ClassLoader classLoader) {
        try (InputStream page = classLoader.getResourceAsStream(SWAGGER_UI_PAGE)) {
            if (page == null) {
                return "";
            }
            Matcher script = INLINE_SCRIPT.matcher(new String(page.readAllBytes(), StandardCharsets.UTF_8));
            List<String> hashes = new ArrayList<>();
            while (script.find()) {
                hashes.add(" 'sha256-" + sha256(script.group(1)) + "'");
            }
            return String.join("", hashes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SWAGGER_UI_PAGE, e);
        }
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
