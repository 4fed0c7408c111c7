package bankcore.api.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.core.order.Ordered;

/**
 * Headers that tell browsers and caches how to treat every response, errors included: never guess a
 * content type, never send our URLs on as a referrer, never keep a copy of account or token data
 * (only Swagger UI's static files may be cached), and never run or frame what is not ours.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeadersFilter implements Ordered {

    private final String pagePolicy = ContentSecurityPolicy.forPages(SecurityHeadersFilter.class.getClassLoader());

    /** Outermost, so that it also sees the responses of the filters inside it (security's 401 and 403). */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }

    @ResponseFilter
    void addSecurityHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        boolean cacheable = isStaticAsset(request.getPath()) || response.getHeaders().contains(HttpHeaders.CACHE_CONTROL);
        SecurityHeaders.FOR_DATA.forEach((name, value) -> {
            if (!(cacheable && name.equals(HttpHeaders.CACHE_CONTROL))) {
                response.getHeaders().set(name, value);
            }
        });
        // A static file's content type is set only when it is written, after this filter: its name tells.
        boolean page = request.getPath().endsWith(".html")
                || response.getContentType().map(type -> type.matches(MediaType.TEXT_HTML_TYPE)).orElse(false);
        if (page) {
            response.getHeaders().set("Content-Security-Policy", pagePolicy);
            response.getHeaders().set("X-Frame-Options", "DENY");
        }
    }

    private static boolean isStaticAsset(String path) {
        return path.startsWith("/swagger/") || path.startsWith("/swagger-ui/res/");
    }
}
