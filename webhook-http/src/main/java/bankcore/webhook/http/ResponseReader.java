package bankcore.webhook.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads one HTTP/1.x response: its status, and whether the connection can carry the next request.
 * The body is read and dropped (a webhook's answer is its status), at most {@link #MAX_BODY_BYTES}
 * of it: a longer body ends the connection instead, so a receiver cannot make the sender read
 * without end. Lines and headers are bounded likewise.
 */
final class ResponseReader {
    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final int MAX_LINE_CHARS = 8 * 1024;
    private static final int MAX_HEADERS = 100;

    /** @param reusable whether the response was read whole and the receiver keeps the connection open */
    record Answer(int status, boolean reusable) {
    }

    private ResponseReader() {
    }

    static Answer read(InputStream in) throws IOException {
        while (true) {
            String statusLine = line(in);
            int status = status(statusLine);
            Headers headers = headers(in);
            if (status == 101) {
                throw new IOException("the receiver switched protocols");
            }
            if (status / 100 == 1) {
                continue; // an interim response (100 Continue, 103 Early Hints): the final one follows
            }
            boolean http10 = statusLine.charAt(7) == '0';
            boolean keepAlive = !headers.close && (!http10 || headers.keepAlive);
            try {
                return new Answer(status, skipBody(in, status, headers) && keepAlive);
            } catch (IOException cutOff) {
                // The status is the answer and it has come; only the connection is lost.
                return new Answer(status, false);
            }
        }
    }

    private static int status(String line) throws IOException {
        boolean shaped = line.length() >= 12 && line.startsWith("HTTP/1.") && line.charAt(8) == ' '
                && (line.length() == 12 || line.charAt(12) == ' ');
        int status = 0;
        for (int i = 9; shaped && i < 12; i++) {
            char digit = line.charAt(i);
            shaped = digit >= '0' && digit <= '9';
            status = status * 10 + (digit - '0');
        }
        if (!shaped || status < 100) {
            throw new IOException("not an HTTP/1.x status line: "
                    + line.substring(0, Math.min(line.length(), 40)));
        }
        return status;
    }

    private static final class Headers {
        long contentLength = -1;
        boolean chunked;
        boolean otherCoding;
        boolean close;
        boolean keepAlive;
    }

    private static Headers headers(InputStream in) throws IOException {
        Headers headers = new Headers();
        for (int count = 0; ; count++) {
            String line = line(in);
            if (line.isEmpty()) {
                return headers;
            }
            int colon = line.indexOf(':');
            if (count == MAX_HEADERS || colon <= 0) {
                throw new IOException(count == MAX_HEADERS ? "more than " + MAX_HEADERS + " headers"
                        : "not a header line");
            }
            String name = line.substring(0, colon).toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> headers.contentLength = contentLength(value, headers.contentLength);
                case "transfer-encoding" -> {
                    // RFC 9112 §6.3: chunked must be the last coding; any other means "read until closed".
                    headers.chunked = value.endsWith("chunked");
                    headers.otherCoding = !headers.chunked;
                }
                case "connection" -> {
                    for (String option : value.split(",")) {
                        headers.close |= option.strip().equals("close");
                        headers.keepAlive |= option.strip().equals("keep-alive");
                    }
                }
                default -> {
                }
            }
        }
    }

    private static long contentLength(String value, long earlier) throws IOException {
        if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            throw new IOException("not a Content-Length: " + value);
        }
        long length = Long.parseLong(value);
        if (earlier != -1 && earlier != length) {
            throw new IOException("two different Content-Length headers");
        }
        return length;
    }

    /** @return whether the body was read to its end, so that the next response starts where this one stopped */
    private static boolean skipBody(InputStream in, int status, Headers headers) throws IOException {
        if (status == 204 || status == 304) {
            return true;
        }
        if (headers.chunked) {
            return skipChunks(in);
        }
        if (headers.otherCoding || headers.contentLength == -1) {
            in.readNBytes(MAX_BODY_BYTES); // the body ends when the receiver closes: read what we allow, then close
            return false;
        }
        if (headers.contentLength > MAX_BODY_BYTES) {
            return false;
        }
        skip(in, headers.contentLength);
        return true;
    }

    private static boolean skipChunks(InputStream in) throws IOException {
        long total = 0;
        while (true) {
            String sizeLine = line(in);
            int extension = sizeLine.indexOf(';');
            String hex = (extension < 0 ? sizeLine : sizeLine.substring(0, extension)).strip();
            long size;
            try {
                size = hex.length() > 8 ? Long.MAX_VALUE : Long.parseLong(hex, 16);
            } catch (NumberFormatException notHex) {
                throw new IOException("not a chunk size: " + hex);
            }
            if (size < 0 || size > MAX_BODY_BYTES - total) {
                return false;
            }
            total += size;
            if (size == 0) {
                while (!line(in).isEmpty()) {
                    // trailer fields, dropped like the body
                }
                return true;
            }
            skip(in, size);
            if (!line(in).isEmpty()) {
                throw new IOException("a chunk longer than its size");
            }
        }
    }

    private static void skip(InputStream in, long bytes) throws IOException {
        for (long left = bytes; left > 0; ) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("the body ended early");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    /** A line without its CRLF (or bare LF), in ISO-8859-1 as HTTP's field values are. */
    private static String line(InputStream in) throws IOException {
        byte[] buffer = new byte[128];
        int length = 0;
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("the response ended inside its head");
            }
            if (length == MAX_LINE_CHARS) {
                throw new IOException("a response line over " + MAX_LINE_CHARS + " characters");
            }
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            buffer[length++] = (byte) b;
        }
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        return new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
    }
}
