package bankcore.api.http;

import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.core.propagation.ThreadPropagatedContextElement;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.slf4j.MDC;

/**
 * Gives every request an id ({@link RequestIds}), echoes it in {@code X-Request-Id} on every response,
 * problems included, and puts it in the logging MDC ({@code request_id}, in logback's pattern) of every
 * thread that works on the request: Micronaut carries the propagated context to the controller's thread.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestIdFilter implements Ordered {
    static final String MDC_KEY = "request_id";

    /** Outermost of all, so that every other filter's log lines and responses have the id. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before() - 1;
    }

    @RequestFilter
    void identify(HttpRequest<?> request, MutablePropagatedContext context) {
        String id = RequestIds.acceptOrMake(request.getHeaders().get(RequestIds.HEADER));
        request.setAttribute(RequestIds.ATTRIBUTE, id);
        context.add(new InMdc(id));
    }

    @ResponseFilter
    void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(RequestIds.ATTRIBUTE, String.class)
                .ifPresent(id -> response.getHeaders().set(RequestIds.HEADER, id));
    }

    /** Sets the MDC entry while the request's context is on a thread, and puts back what was there. */
    private record InMdc(String id) implements ThreadPropagatedContextElement<String> {
        @Override
        public String updateThreadContext() {
            String previous = MDC.get(MDC_KEY);
            MDC.put(MDC_KEY, id);
            return previous;
        }

        @Override
        public void restoreThreadContext(String previous) {
            if (previous == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previous);
            }
        }
    }
}
