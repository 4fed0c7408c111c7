package bankcore.api.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 as bytes on a socket, for what the JDK's HTTP client cannot do: send from a chosen loopback
 * address (all of 127.0.0.0/8 reaches this host), so that a test can play clients at different addresses,
 * and send requests that are malformed, oversized or stalled on purpose.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** The reply's status, header lines and body. */
    public record Response(int status, String head, String body) {
        public java.util.Optional<String> header(String name) {
            return head.lines().filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(line -> line.substring(name.length() + 1).strip()).findFirst();
        }
    }

    /** One JSON POST from {@code localAddress}; the connection is closed after the reply. */
    public static Response postJson(String localAddress, URI server, String path, String json) {
        return postJson(localAddress, server, path, json, null);
    }

    /** The same, with a bearer token (null: none). */
    public static Response postJson(String localAddress, URI server, String path, String json, String token) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String authorization = token == null ? "" : "Authorization: Bearer " + token + "\r\n";
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + authorization + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[head.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        return send(localAddress, server, request);
    }

    /**
     * Sends the bytes as they are and reads until the server closes the connection (at most 30 s), so a
     * request that never completes shows what the server does about it.
     */
    public static Response send(String localAddress, URI server, byte[] request) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", server.getPort()), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            String response = readAll(socket.getInputStream());
            int endOfHead = response.indexOf("\r\n\r\n");
            return new Response(Integer.parseInt(response.substring(9, 12)),
                    endOfHead < 0 ? response : response.substring(0, endOfHead),
                    endOfHead < 0 ? "" : response.substring(endOfHead + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }
}
