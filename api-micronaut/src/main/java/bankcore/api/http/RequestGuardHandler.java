package bankcore.api.http;

import bankcore.api.problem.Problem;
import bankcore.api.problem.ProblemKind;
import io.micronaut.json.JsonMapper;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Sits right after the HTTP decoder of each connection and answers, as problems, what Micronaut would
 * answer vaguely or not at all: a request line over the limit (414), headers over the limit (431; Micronaut
 * says 413), and a body that stops arriving (408, where the connection was held until the idle timeout).
 * Each of these ends the connection: the rest of what the client sends cannot be trusted to line up.
 */
final class RequestGuardHandler extends ChannelDuplexHandler {

    private final JsonMapper json;
    private final Duration bodyTimeout;
    /** The request whose body is still arriving, and the timer that gives up on it. */
    private ScheduledFuture<?> bodyTimer;
    /** Whether a response to the current request has begun: then a 408 can no longer be sent. */
    private boolean responding;

    RequestGuardHandler(JsonMapper json, Duration bodyTimeout) {
        this.json = json;
        this.bodyTimeout = bodyTimeout;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (message instanceof HttpRequest request && request.decoderResult().isFailure()) {
            Throwable cause = request.decoderResult().cause();
            if (cause instanceof TooLongHttpLineException) {
                refuse(ctx, message, ProblemKind.URI_TOO_LONG, "The request line is longer than this server accepts");
                return;
            }
            if (cause instanceof TooLongHttpHeaderException || cause instanceof TooLongFrameException) {
                refuse(ctx, message, ProblemKind.HEADERS_TOO_LARGE, "The request's headers are larger than this "
                        + "server accepts");
                return;
            }
        }
        if (message instanceof HttpRequest) {
            responding = false;
            waitForBody(ctx);
        } else if (message instanceof HttpContent && bodyTimer != null) {
            waitForBody(ctx);
        }
        if (message instanceof LastHttpContent) {
            cancelBodyTimer();
        }
        ctx.fireChannelRead(message);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) {
        if (message instanceof HttpResponse) {
            responding = true;
        }
        ctx.write(message, promise);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        cancelBodyTimer();
        ctx.fireChannelInactive();
    }

    /** (Re)starts the wait for the next piece of the body: each piece must follow the last within the timeout. */
    private void waitForBody(ChannelHandlerContext ctx) {
        cancelBodyTimer();
        bodyTimer = ctx.executor().schedule(() -> bodyStalled(ctx), bodyTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void bodyStalled(ChannelHandlerContext ctx) {
        bodyTimer = null;
        if (responding) {
            ctx.close();
        } else {
            send(ctx, ProblemKind.REQUEST_TIMEOUT, "The request body stopped arriving for "
                    + bodyTimeout.toSeconds() + " s");
        }
    }

    private void cancelBodyTimer() {
        if (bodyTimer != null) {
            bodyTimer.cancel(false);
            bodyTimer = null;
        }
    }

    private void refuse(ChannelHandlerContext ctx, Object request, ProblemKind kind, String detail) {
        ReferenceCountUtil.release(request);
        cancelBodyTimer();
        send(ctx, kind, detail);
    }

    private void send(ChannelHandlerContext ctx, ProblemKind kind, String detail) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(kind.status().getCode()), Unpooled.wrappedBuffer(body(kind.problem(detail))));
        SecurityHeaders.FOR_DATA.forEach(response.headers()::set);
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .set(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes())
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        responding = true;
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }

    private byte[] body(Problem problem) {
        try {
            return json.writeValueAsBytes(problem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
