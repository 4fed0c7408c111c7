package bankcore.api.http;

import java.util.Map;

/** The headers every data response carries, whoever writes it: Micronaut's filter or the connection guard. */
final class SecurityHeaders {

    static final Map<String, String> FOR_DATA = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "Content-Security-Policy", ContentSecurityPolicy.FOR_DATA,
            "Cache-Control", "no-store");

    private SecurityHeaders() {
    }
}
