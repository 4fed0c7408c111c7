package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.Bank;
import bankcore.api.support.Bank.Person;
import bankcore.api.support.Footprint;
import bankcore.api.support.Json;
import bankcore.api.support.Reply;
import bankcore.api.support.TestServer;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST /transfers/captures and /transfers/voids: several holds ended together, all or none, by the same rules as
 * one at a time, under one Idempotency-Key, and rehearsed with dry_run.
 */
class HoldBatchTest {

    @RegisterExtension
    static final TestServer server = new TestServer(Map.of("bank.holds.expiry-interval", "100ms"));
    private static final ApiClient api = server.client();
    private static final Bank bank = new Bank(api);

    private static String all(String holdId) {
        return Json.object("transfer_id", holdId);
    }

    private static String part(String holdId, String amount) {
        return Json.object("transfer_id", holdId, "amount", amount);
    }

    private static Reply capture(Person caller, String key, boolean dryRun, String... items) {
        String body = "{\"items\":[" + String.join(",", items) + "]" + (dryRun ? ",\"dry_run\":true" : "") + "}";
        ApiClient.Call call = api.post("/transfers/captures").token(caller.token()).json(body);
        return (key == null ? call : call.header("Idempotency-Key", key)).send();
    }

    private static Reply voidAll(String token, boolean dryRun, String... holdIds) {
        String ids = Arrays.stream(holdIds).map(Json::quote).collect(Collectors.joining(","));
        return api.post("/transfers/voids").token(token)
                .json("{\"transfer_ids\":[" + ids + "]" + (dryRun ? ",\"dry_run\":true" : "") + "}").send();
    }

    private static String status(String transferId) {
        return api.get("/transfers/" + transferId).token(bank.adminToken()).send().json().get("status")
                .getStringValue();
    }

    private static String available(Person person) {
        return api.get("/accounts/" + person.accountId()).token(person.token()).send().json().get("available")
                .getStringValue();
    }

    private static void assertRefusedAt(Reply reply, int status, String type, String pointer) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.problemType()).isEqualTo(type);
        int index = Integer.parseInt(pointer.substring(pointer.lastIndexOf('/') + 1));
        assertThat(reply.json().get("index").getIntValue()).isEqualTo(index);
        assertThat(reply.json().get("pointer").getStringValue()).isEqualTo(pointer);
    }

    @Test
    void holds_are_captured_together_in_full_or_in_part_and_a_retry_replays_them() {
        Person ann = bank.newCustomerWith("Ann", "50.00");
        Person ben = bank.newCustomer("Ben");
        String first = bank.held(ann, ben, "20.00");
        String second = bank.held(ann, ben, "10.00");

        Reply captured = capture(ann, "end-of-day-1", false, all(first), part(second, "4.00"));
        Reply replay = capture(ann, "end-of-day-1", false, all(first), part(second, "4.00"));

        assertThat(captured.status()).as(captured.toString()).isEqualTo(200);
        assertThat(captured.json().get("mode").getStringValue()).isEqualTo("atomic");
        JsonNode items = captured.json().get("items");
        assertThat(items.get(0).get("captures").getStringValue()).isEqualTo(first);
        assertThat(items.get(1).get("captures").getStringValue()).isEqualTo(second);
        assertThat(items.get(1).get("amount").getStringValue()).isEqualTo("4.00");
        assertThat(status(first)).isEqualTo("captured");
        assertThat(status(second)).isEqualTo("captured");
        assertThat(bank.balance(ann)).isEqualTo("26.00");
        assertThat(available(ann)).as("the rest of the second hold is released").isEqualTo("26.00");
        assertThat(bank.balance(ben)).isEqualTo("24.00");
        assertThat(replay.status()).as(replay.toString()).isEqualTo(200);
        assertThat(replay.body()).isEqualTo(captured.body());
        assertThat(bank.balance(ann)).isEqualTo("26.00");
    }

    @Test
    void one_refused_capture_ends_none_and_the_problem_names_the_item() {
        Person cal = bank.newCustomerWith("Cal", "50.00");
        Person dee = bank.newCustomer("Dee");
        String open = bank.held(cal, dee, "10.00");
        String other = bank.held(cal, dee, "5.00");
        String voided = bank.held(cal, dee, "1.00");
        assertThat(voidAll(cal.token(), false, voided).status()).isEqualTo(200);
        Footprint before = Footprint.of(bank, cal.accountId(), dee.accountId());

        Reply aboveTheHold = capture(cal, null, false, all(open), part(other, "5.01"));
        Reply notPending = capture(cal, null, false, all(open), all(other), all(voided));
        Reply twice = capture(cal, null, false, all(open), all(open));
        Reply unknown = capture(cal, null, false, all(UUID.randomUUID().toString()), all(open));
        Reply byTheReceiver = capture(dee, null, false, all(open));
        Reply badAmount = capture(cal, null, false, all(open), part(other, "1.001"));

        assertRefusedAt(aboveTheHold, 422, "capture-exceeds-hold", "/items/1");
        assertRefusedAt(notPending, 409, "transfer-not-pending", "/items/2");
        assertThat(notPending.json().get("transfer_status").getStringValue()).isEqualTo("voided");
        assertRefusedAt(twice, 409, "transfer-not-pending", "/items/1");
        assertThat(twice.json().get("transfer_status").getStringValue()).isEqualTo("captured");
        assertRefusedAt(unknown, 404, "transfer-not-found", "/items/0");
        assertRefusedAt(byTheReceiver, 404, "transfer-not-found", "/items/0");
        assertRefusedAt(badAmount, 422, "invalid-amount", "/items/1");
        assertThat(badAmount.json().get("errors").get(0).get("pointer").getStringValue()).isEqualTo("/items/1/amount");
        assertThat(Footprint.of(bank, cal.accountId(), dee.accountId())).isEqualTo(before);
        assertThat(status(open)).isEqualTo("pending");
        assertThat(status(other)).isEqualTo("pending");
    }

    @Test
    void holds_are_voided_together_and_an_expired_one_refuses_the_batch() throws InterruptedException {
        Person eve = bank.newCustomerWith("Eve", "50.00");
        Person fay = bank.newCustomer("Fay");
        String first = bank.held(eve, fay, "10.00");
        String second = bank.held(eve, fay, "15.00");
        String shortLived = bank.held(eve, fay, "5.00", "timeout_seconds", 1);
        Thread.sleep(1_500);

        Reply expired = voidAll(eve.token(), false, first, shortLived);
        Reply voided = voidAll(bank.adminToken(), false, first, second);

        assertRefusedAt(expired, 409, "transfer-expired", "/transfer_ids/1");
        assertThat(expired.json().get("transfer_status").getStringValue()).isEqualTo("expired");
        assertThat(voided.status()).as("an admin voids any hold: " + voided).isEqualTo(200);
        assertThat(voided.json().get("items").get(0).get("id").getStringValue()).isEqualTo(first);
        assertThat(voided.json().get("items").get(0).get("status").getStringValue()).isEqualTo("voided");
        assertThat(voided.json().get("items").get(1).get("status").getStringValue()).isEqualTo("voided");
        assertThat(available(eve)).isEqualTo("50.00");
        assertThat(bank.balance(eve)).isEqualTo("50.00");
    }

    @Test
    void a_dry_run_shows_every_capture_and_balance_after_and_writes_nothing_not_even_its_key() {
        Person gus = bank.newCustomerWith("Gus", "50.00");
        Person hal = bank.newCustomer("Hal");
        Person ivy = bank.newCustomer("Ivy");
        String toHal = bank.held(gus, hal, "20.00");
        String toIvy = bank.held(gus, ivy, "10.00");
        Footprint before = Footprint.of(bank, gus.accountId(), hal.accountId(), ivy.accountId());

        Reply rehearsed = capture(gus, "capture-run-1", true, part(toHal, "5.00"), all(toIvy));
        Reply refused = capture(gus, "capture-run-1", true, part(toHal, "20.01"), all(toIvy));
        Reply voids = voidAll(gus.token(), true, toHal, toIvy);

        assertThat(rehearsed.status()).as(rehearsed.toString()).isEqualTo(200);
        JsonNode answer = rehearsed.json();
        assertThat(answer.get("mode").getStringValue()).isEqualTo("dry_run");
        assertThat(answer.get("dry_run").getBooleanValue()).isTrue();
        assertThat(answer.get("status").getIntValue()).isEqualTo(200);
        assertThat(answer.get("items").get(0).get("transfer").get("captures").getStringValue()).isEqualTo(toHal);
        assertThat(answer.get("items").get(1).get("index").getIntValue()).isEqualTo(1);
        JsonNode balances = answer.get("balances_after");
        assertThat(balances.size()).isEqualTo(3);
        assertThat(balances.get(0).get("account_id").getLongValue()).isEqualTo(gus.accountId());
        assertThat(balances.get(0).get("balance").getStringValue()).isEqualTo("35.00");
        assertThat(balances.get(0).get("available").getStringValue()).isEqualTo("35.00");
        assertThat(balances.get(1).get("balance").getStringValue()).isEqualTo("5.00");
        assertThat(balances.get(2).get("balance").getStringValue()).isEqualTo("10.00");
        assertRefusedAt(refused, 422, "capture-exceeds-hold", "/items/0");
        assertThat(voids.status()).as(voids.toString()).isEqualTo(200);
        assertThat(voids.json().get("items").get(1).get("transfer").get("releases").getStringValue())
                .isEqualTo(toIvy);
        assertThat(voids.json().get("balances_after").get(0).get("available").getStringValue()).isEqualTo("50.00");
        assertThat(Footprint.of(bank, gus.accountId(), hal.accountId(), ivy.accountId())).isEqualTo(before);
        // The key was not used up: the real request, with other amounts, goes through under it.
        Reply real = capture(gus, "capture-run-1", false, all(toHal), all(toIvy));
        assertThat(real.status()).as(real.toString()).isEqualTo(200);
        assertThat(real.header("Idempotent-Replayed")).isEmpty();
        assertThat(bank.balance(gus)).isEqualTo("20.00");
    }

    @Test
    void a_batch_holds_1_to_1000_well_formed_items_and_anything_else_is_a_clean_refusal() {
        Person joe = bank.newCustomer("Joe");
        String unknown = all(UUID.randomUUID().toString());

        Reply empty = capture(joe, null, false);
        Reply tooMany = capture(joe, null, false, IntStream.range(0, 1001).mapToObj(i -> unknown)
                .toArray(String[]::new));
        Reply noIds = voidAll(joe.token(), false);
        Reply anonymous = api.post("/transfers/voids").json("{\"transfer_ids\":[]}").send();

        assertThat(empty.status()).as(empty.toString()).isEqualTo(422);
        assertThat(empty.problemType()).isEqualTo("validation-failed");
        assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(422);
        assertThat(noIds.status()).as(noIds.toString()).isEqualTo(422);
        assertThat(anonymous.status()).isEqualTo(401);
        for (String body : new String[] {"{\"transfer_ids\":[5]}", "{\"transfer_ids\":\"x\"}",
            "{\"transfer_ids\":[null]}", "{\"transfer_ids\":[\"not-a-transfer\"]}", "{}", "[]"}) {
            Reply reply = api.post("/transfers/voids").token(joe.token()).json(body).send();
            assertThat(reply.status()).as(body + " -> " + reply).isIn(404, 422);
            assertThat(reply.contentType()).as(body).startsWith("application/problem+json");
        }
        for (String body : new String[] {"{\"items\":[{}]}", "{\"items\":[{\"transfer_id\":7}]}",
            "{\"items\":[{\"transfer_id\":\"x\",\"amount\":[1]}]}", "{\"items\":{}}",
            "{\"items\":[" + unknown + "],\"dry_run\":\"yes\"}"}) {
            Reply reply = api.post("/transfers/captures").token(joe.token()).json(body).send();
            assertThat(reply.status()).as(body + " -> " + reply).isIn(404, 422);
            assertThat(reply.contentType()).as(body).startsWith("application/problem+json");
        }
    }
}
