package bankcore.api.problem;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Bodies over 64 KiB are 413, except a transfer batch's, which may reach the server's own limit
 * ({@code micronaut.server.max-request-size}, 1 MiB), the only size Micronaut can enforce per server. This
 * filter judges by Content-Length; a chunked body without one is bounded by the server's limit alone.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class PayloadLimit implements Ordered {

    static final String BATCH_PATH = "/transfer-batches";

    private final long maxBodyBytes;

    PayloadLimit(@Property(name = "bank.max-body-bytes", defaultValue = "65536") long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> refuse(HttpRequest<?> request) {
        long length = request.getContentLength();
        if (length <= maxBodyBytes || request.getPath().equals(BATCH_PATH)) {
            return null;
        }
        return Problems.response(ProblemKind.PAYLOAD_TOO_LARGE, "The body is " + length + " bytes; at most "
                + maxBodyBytes + " are accepted here");
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }
}
