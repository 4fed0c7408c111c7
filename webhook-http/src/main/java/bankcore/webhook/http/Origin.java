package bankcore.webhook.http;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/** Where a connection goes: scheme, host and port. Connections are kept and reused per origin. */
record Origin(boolean secure, String host, int port) {

    static Origin of(URI url) throws IOException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IOException("not an http or https address: " + url);
        }
        if (url.getHost() == null) {
            throw new IOException("no host in " + url);
        }
        if (url.getPort() > 65_535) {
            throw new IOException("not a port: " + url.getPort() + " in " + url);
        }
        boolean secure = scheme.equals("https");
        return new Origin(secure, url.getHost(), url.getPort() == -1 ? (secure ? 443 : 80) : url.getPort());
    }

    /** The {@code Host} header: the port only when it is not the scheme's own. */
    String hostHeader() {
        return port == (secure ? 443 : 80) ? host : host + ":" + port;
    }

    /** The host to resolve or to name in TLS: an IPv6 literal without its brackets. */
    String hostName() {
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }
}
