package bankcore.api.http;

import io.micronaut.http.HttpRequest;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id a request is known by in the logs and the audit. A client's {@code X-Request-Id} is kept
 * when it is short and of safe characters (it goes into log lines and the audit log as it is, so it
 * must not carry line breaks, quotes or markup); anything else is replaced by a fresh UUID.
 */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    static final int MAX_LENGTH = 128;
    static final String ATTRIBUTE = RequestIds.class.getName();
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    private RequestIds() {
    }

    /** The id of the request being handled ({@link RequestIdFilter} gave it one), for the audit. */
    public static String of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class).orElseGet(() -> acceptOrMake(null));
    }

    static String acceptOrMake(String offered) {
        return offered != null && SAFE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }
}
