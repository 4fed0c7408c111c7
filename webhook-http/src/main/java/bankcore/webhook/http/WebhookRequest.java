package bankcore.webhook.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A webhook's {@code POST} as the bytes that go on the wire: HTTP/1.1 head, then the JSON body. */
final class WebhookRequest {
    private static final String TOKEN_PUNCTUATION = "!#$%&'*+-.^_`|~";

    private WebhookRequest() {
    }

    /**
     * @throws IllegalArgumentException when a header name is not an HTTP token or a value holds a
     *                                  control or non-ASCII character (which could split the request)
     */
    static byte[] of(URI url, Origin origin, Map<String, String> headers, String body) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256 + 96 * headers.size());
        head.append("POST ").append(target(url)).append(" HTTP/1.1\r\n");
        header(head, "Host", origin.hostHeader());
        header(head, "User-Agent", "bankcore-webhooks");
        header(head, "Content-Type", "application/json");
        header(head, "Content-Length", Integer.toString(content.length));
        headers.forEach((name, value) -> header(head, name, value));
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[headBytes.length + content.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(content, 0, request, headBytes.length, content.length);
        return request;
    }

    /** The path and query as the address spells them (already percent-encoded), "/" for none. */
    private static String target(URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    }

    private static void header(StringBuilder head, String name, String value) {
        if (name.isEmpty() || !name.chars().allMatch(WebhookRequest::isTokenChar)) {
            throw new IllegalArgumentException("not an HTTP header name: " + name);
        }
        if (!value.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c < 0x7f))) {
            throw new IllegalArgumentException("header " + name + " has a control or non-ASCII character");
        }
        head.append(name).append(": ").append(value).append("\r\n");
    }

    private static boolean isTokenChar(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                || TOKEN_PUNCTUATION.indexOf(c) >= 0;
    }
}
