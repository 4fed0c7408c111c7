package bankcore.core.service;

import bankcore.core.domain.EventType;
import bankcore.core.domain.Page;
import bankcore.core.domain.Refusal;
import bankcore.core.domain.Transfer;
import bankcore.core.domain.WebhookDelivery;
import bankcore.core.domain.WebhookEndpoint;
import bankcore.core.port.in.ManageWebhooks;
import bankcore.core.port.out.EventReader;
import bankcore.core.port.out.WebhookStore;

import java.net.URI;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Registering and managing webhook endpoints; {@link WebhookDispatcher} delivers to them. */
public final class WebhookService implements ManageWebhooks {
    public static final int MAX_URL_LENGTH = 2_000;

    private final WebhookStore store;
    private final EventReader events;
    private final WebhookHosts hosts;
    private final InstantSource clock;

    public WebhookService(WebhookStore store, EventReader events, Set<String> allowedHosts, InstantSource clock) {
        this.store = store;
        this.events = events;
        this.hosts = new WebhookHosts(allowedHosts);
        this.clock = clock;
    }

    @Override
    public WebhookEndpoint register(URI url, List<String> patterns, String description) {
        hosts.requireAllowed(url);
        if (url.toString().length() > MAX_URL_LENGTH) {
            throw Refusal.INVALID_ARGUMENT.because("url must be at most " + MAX_URL_LENGTH + " characters");
        }
        if (patterns == null || patterns.isEmpty()) {
            throw Refusal.INVALID_ARGUMENT.because("events must name at least one event type or pattern");
        }
        patterns.forEach(WebhookService::requirePattern);
        // The same rule as a transfer's description: optional, at most 500 characters, printable.
        String text = Transfer.requireDescription(description);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return store.insertEndpoint(new WebhookEndpoint(0, url, List.copyOf(patterns),
                text, WebhookEndpoint.Status.ACTIVE,
                WebhookSignature.newSecret(), now, events.lastEventPosition(), 0, null, now));
    }

    @Override
    public List<WebhookEndpoint> endpoints() {
        return store.endpoints();
    }

    @Override
    public boolean delete(long id) {
        return store.deleteEndpoint(id);
    }

    @Override
    public Optional<WebhookEndpoint> rotateSecret(long id) {
        return store.replaceSecret(id, WebhookSignature.newSecret());
    }

    @Override
    public Optional<Page<WebhookDelivery>> deliveries(long id, Optional<String> cursor, int limit) {
        Page.requireLimit(limit);
        long before = Page.decodeCursor(cursor, Long.MAX_VALUE);
        if (store.endpoint(id).isEmpty()) {
            return Optional.empty();
        }
        List<WebhookDelivery> page = store.deliveries(id, before, limit);
        Optional<String> next = page.size() < limit ? Optional.empty()
                : Optional.of(Long.toString(page.get(page.size() - 1).id()));
        return Optional.of(new Page<>(page, next));
    }

    /** An event type, a family ({@code transfer.*}) that names at least one, or {@code *}. */
    private static void requirePattern(String pattern) {
        if (pattern == null) {
            throw Refusal.INVALID_ARGUMENT.because("an event pattern is null");
        }
        if (pattern.equals("*")) {
            return;
        }
        if (pattern.endsWith(".*")) {
            String family = pattern.substring(0, pattern.length() - 1);
            if (Arrays.stream(EventType.values()).noneMatch(type -> type.wireName().startsWith(family))) {
                throw Refusal.INVALID_ARGUMENT.because("event pattern '" + pattern + "' names no event type; known: "
                        + Arrays.stream(EventType.values()).map(EventType::wireName).collect(Collectors.joining(", ")));
            }
            return;
        }
        EventType.of(pattern);
    }

    /** The operator's allow-list: exact host names, compared without case; empty allows nothing. */
    static final class WebhookHosts {
        private final Set<String> allowed;

        WebhookHosts(Set<String> allowed) {
            this.allowed = allowed.stream().map(host -> host.strip().toLowerCase(Locale.ROOT))
                    .filter(host -> !host.isEmpty()).collect(Collectors.toUnmodifiableSet());
        }

        boolean allows(URI url) {
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && url.getHost() != null
                    && url.getUserInfo() == null && allowed.contains(url.getHost().toLowerCase(Locale.ROOT));
        }

        void requireAllowed(URI url) {
            if (url == null || !allows(url)) {
                throw Refusal.INVALID_ARGUMENT.because("url must be http(s) without credentials, to a host the operator"
                        + " allowed (BANK_WEBHOOK_ALLOWED_HOSTS), got " + url);
            }
        }
    }
}
