package bankcore.api.http;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.micronaut.json.JsonMapper;
import io.netty.channel.Channel;
import jakarta.inject.Singleton;

import java.time.Duration;

/** Puts a {@link RequestGuardHandler} right after the HTTP decoder of every connection. */
@Singleton
final class RequestGuardInstaller implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private final JsonMapper json;
    private final Duration bodyTimeout;

    RequestGuardInstaller(JsonMapper json,
                          @Property(name = "bank.http.body-timeout", defaultValue = "10s") Duration bodyTimeout) {
        this.json = json;
        this.bodyTimeout = bodyTimeout;
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new PerConnection(null));
        return event.getBean();
    }

    private final class PerConnection implements NettyServerCustomizer {
        private final Channel channel;

        PerConnection(Channel channel) {
            this.channel = channel;
        }

        @Override
        public NettyServerCustomizer specializeForChannel(Channel connection, ChannelRole role) {
            return new PerConnection(connection);
        }

        @Override
        public void onStreamPipelineBuilt() {
            if (channel.pipeline().get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null) {
                channel.pipeline().addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, "bankcore-request-guard",
                        new RequestGuardHandler(json, bodyTimeout));
            }
        }
    }
}
