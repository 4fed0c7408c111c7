package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.Bank;
import bankcore.api.support.Bank.Person;
import bankcore.api.support.Json;
import bankcore.api.support.Reply;
import bankcore.api.support.ServerSentEvents;
import bankcore.api.support.TestServer;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /events and GET /events/stream: the change feed in pages and as server-sent events, for admins. */
class EventFeedTest {

    @RegisterExtension
    static final TestServer server = new TestServer(Map.of("bank.events.keep-alive", "300ms"));
    private static final ApiClient api = server.client();
    private static final Bank bank = new Bank(api);

    private static String pay(Person from, Person to, String amount) {
        Reply reply = api.post("/transfers").token(from.token())
                .json(Json.object("receiver_id", to.id(), "amount", amount)).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").getStringValue();
    }

    private static List<JsonNode> eventsAfter(long after) {
        List<JsonNode> all = new ArrayList<>();
        String cursor = Long.toString(after);
        while (cursor != null) {
            Reply page = api.get("/events?limit=200&after=" + cursor).token(bank.adminToken()).send();
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.json().get("items").values().forEach(all::add);
            JsonNode next = page.json().get("next_cursor");
            cursor = next.isNull() ? null : next.getStringValue();
        }
        return all;
    }

    private static long lastPosition() {
        List<JsonNode> all = eventsAfter(0);
        return all.get(all.size() - 1).get("position").getLongValue();
    }

    @Test
    void each_change_is_an_event_whose_data_is_the_resource_as_its_own_endpoint_shows_it() {
        long before = lastPosition();
        Person ann = bank.newCustomerWith("Ann", "50.00");
        Person ben = bank.newCustomer("Ben");
        String paid = pay(ann, ben, "20.00");
        Reply frozen = api.post("/accounts/" + ben.accountId() + "/freeze").token(bank.adminToken()).send();

        List<JsonNode> events = eventsAfter(before);

        assertThat(events).extracting(e -> e.get("type").getStringValue()).containsExactly(
                "customer.registered", "account.opened", "transfer.posted",
                "customer.registered", "account.opened", "transfer.posted", "account.frozen");
        assertThat(events).extracting(e -> e.get("position").getLongValue())
                .containsExactly(before + 1, before + 2, before + 3, before + 4, before + 5, before + 6, before + 7);
        JsonNode transfer = api.get("/transfers/" + paid).token(bank.adminToken()).send().json();
        assertThat(events.get(5).get("data")).isEqualTo(transfer);
        assertThat(events.get(6).get("data")).isEqualTo(frozen.json());
        assertThat(events.get(0).get("data").get("email").getStringValue()).isEqualTo(ann.email());
    }

    @Test
    void the_feed_is_for_admins_and_refuses_a_bad_position_or_limit() {
        Person cal = bank.newCustomer("Cal");

        assertThat(api.get("/events").token(cal.token()).send().status()).isEqualTo(403);
        assertThat(api.get("/events").send().status()).isEqualTo(401);
        assertThat(api.get("/events/stream").token(cal.token()).open().status()).isEqualTo(403);
        assertThat(api.get("/events?after=-1").token(bank.adminToken()).send().status()).isEqualTo(422);
        assertThat(api.get("/events?limit=0").token(bank.adminToken()).send().status()).isEqualTo(422);
        try (ServerSentEvents refused = api.get("/events/stream").token(bank.adminToken())
                .header("Last-Event-ID", "not-a-position").open()) {
            assertThat(refused.status()).isEqualTo(422);
        }
    }

    @Test
    void a_stream_cut_mid_way_resumes_after_its_last_event_id_with_nothing_skipped_or_doubled() {
        Person dee = bank.newCustomerWith("Dee", "100.00");
        Person eve = bank.newCustomer("Eve");
        long start = lastPosition();
        for (int i = 0; i < 10; i++) {
            pay(dee, eve, "1.00");
        }
        List<ServerSentEvents.Message> received = new ArrayList<>();
        try (ServerSentEvents first = api.get("/events/stream?after=" + start).token(bank.adminToken()).open()) {
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.contentType()).startsWith("text/event-stream");
            received.addAll(first.nextEvents(4));
        }
        for (int i = 0; i < 10; i++) {
            pay(eve, dee, "0.50");
        }
        String lastSeen = received.get(received.size() - 1).id();
        try (ServerSentEvents resumed = api.get("/events/stream?after=0").token(bank.adminToken())
                .header("Last-Event-ID", lastSeen).open()) {
            received.addAll(resumed.nextEvents(16));
        }

        List<JsonNode> expected = eventsAfter(start);
        assertThat(received).extracting(ServerSentEvents.Message::id)
                .containsExactlyElementsOf(expected.stream().map(e -> Long.toString(e.get("position").getLongValue()))
                        .toList());
        assertThat(received).extracting(ServerSentEvents.Message::event).containsOnly("transfer.posted");
        assertThat(json(received.get(0).data())).isEqualTo(expected.get(0));
    }

    @Test
    void a_quiet_stream_gets_a_comment_line_and_then_each_new_event_as_it_commits() {
        Person fay = bank.newCustomerWith("Fay", "10.00");
        Person gus = bank.newCustomer("Gus");
        try (ServerSentEvents live = api.get("/events/stream").token(bank.adminToken()).open()) {
            assertThat(live.next().comment()).isEqualTo("keep-alive");
            String paid = pay(fay, gus, "2.00");

            ServerSentEvents.Message next = live.nextEvents(1).get(0);

            assertThat(next.event()).isEqualTo("transfer.posted");
            assertThat(json(next.data()).get("data").get("id").getStringValue()).isEqualTo(paid);
        }
    }

    private static JsonNode json(String text) {
        try {
            return server.context().getBean(io.micronaut.json.JsonMapper.class).readValue(text, JsonNode.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
