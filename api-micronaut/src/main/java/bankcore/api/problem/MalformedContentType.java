package bankcore.api.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.regex.Pattern;

/**
 * A Content-Type that is not a media type at all ({@code bogus}) is 415 before anything binds: Micronaut would
 * otherwise read such a body as JSON, so the API would accept what its document says it refuses.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class MalformedContentType implements Ordered {

    /** RFC 9110 section 8.3.1: type "/" subtype, each a token, then optional parameters. */
    private static final Pattern MEDIA_TYPE =
            Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+\\s*(;.*)?", Pattern.DOTALL);

    @RequestFilter
    @Nullable
    HttpResponse<?> refuse(HttpRequest<?> request) {
        String contentType = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        if (contentType == null || MEDIA_TYPE.matcher(contentType.strip()).matches()) {
            return null;
        }
        return Problems.response(ProblemKind.UNSUPPORTED_MEDIA_TYPE, "Content-Type '" + contentType
                + "' is not a media type; send application/json");
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }
}
