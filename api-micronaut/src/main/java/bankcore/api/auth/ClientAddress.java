package bankcore.api.auth;

import io.micronaut.http.HttpRequest;

/**
 * The address a login comes from, as the socket sees it. Forwarding headers are not trusted: anyone can
 * send them, and an attacker would then choose the address that throttling counts against.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpRequest<?> request) {
        var remote = request.getRemoteAddress();
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
