package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.Bank;
import bankcore.api.support.Bank.Person;
import bankcore.api.support.Json;
import bankcore.api.support.Reply;
import bankcore.api.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Collections;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /transfer-batches: all or nothing, or each on its own, under one Idempotency-Key. */
class TransferBatchTest {

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final ApiClient api = server.client();
    private static final Bank bank = new Bank(api);

    private static String item(Person to, String amount) {
        return Json.object("receiver_id", to.id(), "amount", Json.raw(amount));
    }

    private static String batch(boolean atomic, String... items) {
        return "{\"atomic\":" + atomic + ",\"transfers\":[" + String.join(",", items) + "]}";
    }

    private static Reply send(Person from, String body, String key) {
        ApiClient.Call call = api.post("/transfer-batches").token(from.token()).json(body);
        return (key == null ? call : call.header("Idempotency-Key", key)).send();
    }

    @Test
    void an_atomic_batch_posts_every_transfer_and_a_retry_replays_it() {
        Person ann = bank.newCustomerWith("Ann", "100.00");
        Person ben = bank.newCustomer("Ben");
        Person cal = bank.newCustomer("Cal");
        String body = batch(true, item(ben, "10.00"), item(cal, "\"2.50\""));

        Reply first = send(ann, body, "payroll-1");
        Reply replay = send(ann, body, "payroll-1");

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("mode").getStringValue()).isEqualTo("atomic");
        assertThat(first.json().get("items").size()).isEqualTo(2);
        assertThat(first.header("Idempotent-Replayed")).isEmpty();
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).contains("true");
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(bank.balance(ann)).isEqualTo("87.50");
    }

    @Test
    void an_atomic_batch_with_one_bad_item_moves_nothing_and_names_the_item() {
        Person dee = bank.newCustomerWith("Dee", "100.00");
        Person eve = bank.newCustomer("Eve");

        Reply unknown = send(dee, batch(true, item(eve, "1.00"), Json.object("receiver_id", 999_999, "amount", "1.00")),
                null);
        Reply tooMuch = send(dee, batch(true, item(eve, "60.00"), item(eve, "60.00")), null);

        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.json().get("index").getIntValue()).isEqualTo(1);
        assertThat(unknown.json().get("pointer").getStringValue()).isEqualTo("/transfers/1");
        assertThat(tooMuch.status()).as(tooMuch.toString()).isEqualTo(400);
        assertThat(tooMuch.problemType()).isEqualTo("insufficient-funds");
        assertThat(bank.balance(dee)).isEqualTo("100.00");
    }

    @Test
    void an_atomic_batch_refused_inside_the_ledger_names_the_item_too() {
        Person jon = bank.newCustomerWith("Jon", "100.00");
        Person kim = bank.newCustomer("Kim");
        Person lou = bank.newCustomer("Lou");
        api.post("/accounts/" + lou.accountId() + "/freeze").token(bank.adminToken()).send();

        Reply tooMuch = send(jon, batch(true, item(kim, "60.00"), item(kim, "1.00"), item(kim, "60.00")), null);
        Reply frozen = send(jon, batch(true, item(kim, "1.00"), item(lou, "1.00")), null);

        assertThat(tooMuch.status()).as(tooMuch.toString()).isEqualTo(400);
        assertThat(tooMuch.problemType()).isEqualTo("insufficient-funds");
        assertThat(tooMuch.json().get("index").getIntValue()).isEqualTo(2);
        assertThat(tooMuch.json().get("pointer").getStringValue()).isEqualTo("/transfers/2");
        assertThat(frozen.status()).as(frozen.toString()).isEqualTo(409);
        assertThat(frozen.json().get("index").getIntValue()).isEqualTo(1);
        assertThat(frozen.json().get("pointer").getStringValue()).isEqualTo("/transfers/1");
        assertThat(bank.balance(jon)).isEqualTo("100.00");
    }

    @Test
    void a_batch_that_is_not_atomic_reports_each_item() {
        Person fay = bank.newCustomerWith("Fay", "50.00");
        Person gus = bank.newCustomer("Gus");

        Reply reply = send(fay, batch(false, item(gus, "30.00"), item(gus, "30.00"), item(gus, "\"1.001\"")), "k");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("mode").getStringValue()).isEqualTo("each");
        assertThat(reply.json().get("items").get(0).get("status").getIntValue()).isEqualTo(201);
        assertThat(reply.json().get("items").get(0).get("transfer").get("amount").getStringValue()).isEqualTo("30.00");
        assertThat(reply.json().get("items").get(1).get("status").getIntValue()).isEqualTo(400);
        assertThat(reply.json().get("items").get(1).get("problem").get("type").getStringValue())
                .endsWith("insufficient-funds");
        assertThat(reply.json().get("items").get(2).get("status").getIntValue()).isEqualTo(422);
        assertThat(bank.balance(fay)).isEqualTo("20.00");
        Reply retry = send(fay, batch(false, item(gus, "30.00"), item(gus, "30.00"), item(gus, "\"1.001\"")), "k");
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(bank.balance(fay)).isEqualTo("20.00");
    }

    @Test
    void a_batch_holds_1_to_1000_items_in_up_to_1_mib() {
        Person hal = bank.newCustomerWith("Hal", "5000.00");
        Person ida = bank.newCustomer("Ida");
        String thousand = IntStream.range(0, 1000).mapToObj(i -> item(ida, "1.00")).collect(Collectors.joining(","));
        String description = "x".repeat(400);
        String big = IntStream.range(0, 1000).mapToObj(i -> Json.object("receiver_id", ida.id(), "amount", "1.00",
                "description", description)).collect(Collectors.joining(","));

        Reply full = send(hal, batch(true, thousand), null);
        Reply tooMany = send(hal, batch(true, thousand + "," + item(ida, "1.00")), null);
        Reply empty = send(hal, batch(true), null);
        Reply over = send(hal, batch(true, big, String.join(",", Collections.nCopies(2000,
                Json.object("receiver_id", ida.id(), "amount", "1.00", "description", description)))), null);

        assertThat(full.status()).as(full.toString()).isEqualTo(201);
        assertThat(full.json().get("items").size()).isEqualTo(1000);
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(empty.status()).isEqualTo(422);
        assertThat(over.status()).isEqualTo(413);
        assertThat(bank.balance(hal)).isEqualTo("4000.00");
    }
}
