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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * dry_run: true on a reversal, a transfer batch (atomic or not) and the seed's POST /transfer: 200 with what would
 * happen, or the refusal the real request would get with its status; and in every case nothing written (journal,
 * balances, audit, events), not even the Idempotency-Key's record.
 */
class DryRunTest {

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final ApiClient api = server.client();
    private static final Bank bank = new Bank(api);

    private static Reply reverse(String transferId, String token, String key, boolean dryRun) {
        ApiClient.Call call = api.post("/transfers/" + transferId + "/reversal").token(token)
                .json(dryRun ? Json.object("description", "refund", "dry_run", true)
                        : Json.object("description", "refund"));
        return (key == null ? call : call.header("Idempotency-Key", key)).send();
    }

    private static String item(Person to, String amount) {
        return Json.object("receiver_id", to.id(), "amount", amount);
    }

    private static Reply batch(Person from, boolean atomic, String key, String... items) {
        ApiClient.Call call = api.post("/transfer-batches").token(from.token())
                .json("{\"atomic\":" + atomic + ",\"dry_run\":true,\"transfers\":[" + String.join(",", items) + "]}");
        return (key == null ? call : call.header("Idempotency-Key", key)).send();
    }

    private static Reply seedTransfer(Person from, Person to, String amount, Boolean dryRun) {
        String body = dryRun == null ? Json.object("receiver_id", to.id(), "amount", Json.raw(amount))
                : Json.object("receiver_id", to.id(), "amount", Json.raw(amount), "dry_run", dryRun);
        return api.post("/transfer").token(from.token()).json(body).send();
    }

    private static String balanceAfter(JsonNode answer, String side) {
        return answer.get("balances_after").get(side).get("balance").getStringValue();
    }

    @Test
    void a_dry_run_reversal_shows_the_money_going_back_or_the_refusal_and_writes_nothing() {
        Person ann = bank.newCustomerWith("Ann", "50.00");
        Person ben = bank.newCustomer("Ben");
        String paid = bank.pay(ann, ben, "20.00");
        Person cal = bank.newCustomerWith("Cal", "10.00");
        Person dee = bank.newCustomer("Dee");
        String spent = bank.pay(cal, dee, "10.00");
        bank.pay(dee, cal, "10.00");
        Footprint before = Footprint.of(bank, ann.accountId(), ben.accountId(), cal.accountId(), dee.accountId());

        Reply rehearsed = reverse(paid, bank.adminToken(), "undo-1", true);
        Reply insufficient = reverse(spent, bank.adminToken(), null, true);
        Reply byCustomer = reverse(paid, ann.token(), null, true);
        Reply unknown = reverse("0b8f2f3e-6c1d-4a61-9a43-8f0e7b7f2a10", bank.adminToken(), null, true);

        assertThat(rehearsed.status()).as(rehearsed.toString()).isEqualTo(200);
        assertThat(rehearsed.json().get("dry_run").getBooleanValue()).isTrue();
        assertThat(rehearsed.json().get("status").getIntValue()).isEqualTo(201);
        assertThat(rehearsed.json().get("transfer").get("reverses").getStringValue()).isEqualTo(paid);
        assertThat(balanceAfter(rehearsed.json(), "from_account_id")).as("Ben pays it back").isEqualTo("0.00");
        assertThat(balanceAfter(rehearsed.json(), "to_account_id")).isEqualTo("50.00");
        assertThat(insufficient.status()).as(insufficient.toString()).isEqualTo(400);
        assertThat(insufficient.problemType()).isEqualTo("insufficient-funds");
        assertThat(byCustomer.status()).isEqualTo(403);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.problemType()).isEqualTo("transfer-not-found");
        assertThat(Footprint.of(bank, ann.accountId(), ben.accountId(), cal.accountId(), dee.accountId()))
                .isEqualTo(before);
        // The key was not used up: the real reversal under it is the first, not a replay.
        Reply real = reverse(paid, bank.adminToken(), "undo-1", false);
        assertThat(real.status()).as(real.toString()).isEqualTo(201);
        assertThat(real.header("Idempotent-Replayed")).isEmpty();
        Reply again = reverse(paid, bank.adminToken(), null, true);
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.problemType()).isEqualTo("already-reversed");
    }

    @Test
    void a_dry_run_atomic_batch_answers_its_items_and_every_balance_after_or_the_refused_item() {
        Person eve = bank.newCustomerWith("Eve", "30.00");
        Person fay = bank.newCustomer("Fay");
        Person gus = bank.newCustomer("Gus");
        Footprint before = Footprint.of(bank, eve.accountId(), fay.accountId(), gus.accountId());

        Reply rehearsed = batch(eve, true, "payroll-1", item(fay, "10.00"), item(gus, "5.00"), item(fay, "2.50"));
        Reply tooMuch = batch(eve, true, null, item(fay, "20.00"), item(gus, "20.00"));
        Reply nobody = batch(eve, true, null, item(fay, "1.00"), Json.object("receiver_id", 999_999, "amount", "1"));

        assertThat(rehearsed.status()).as(rehearsed.toString()).isEqualTo(200);
        JsonNode answer = rehearsed.json();
        assertThat(answer.get("mode").getStringValue()).isEqualTo("dry_run");
        assertThat(answer.get("status").getIntValue()).as("what the real batch would get").isEqualTo(201);
        assertThat(answer.get("items").size()).isEqualTo(3);
        assertThat(answer.get("items").get(2).get("status").getIntValue()).isEqualTo(201);
        assertThat(answer.get("items").get(2).get("transfer").get("amount").getStringValue()).isEqualTo("2.50");
        JsonNode balances = answer.get("balances_after");
        assertThat(balances.size()).as("every account the batch would change, once").isEqualTo(3);
        assertThat(balances.get(0).get("balance").getStringValue()).isEqualTo("12.50");
        assertThat(balances.get(1).get("balance").getStringValue()).isEqualTo("12.50");
        assertThat(balances.get(2).get("balance").getStringValue()).isEqualTo("5.00");
        assertThat(tooMuch.status()).as(tooMuch.toString()).isEqualTo(400);
        assertThat(tooMuch.json().get("pointer").getStringValue()).isEqualTo("/transfers/1");
        assertThat(nobody.status()).as(nobody.toString()).isEqualTo(404);
        assertThat(nobody.json().get("index").getIntValue()).isEqualTo(1);
        assertThat(Footprint.of(bank, eve.accountId(), fay.accountId(), gus.accountId())).isEqualTo(before);
        Reply real = api.post("/transfer-batches").token(eve.token()).header("Idempotency-Key", "payroll-1")
                .json("{\"transfers\":[" + item(gus, "1.00") + "]}").send();
        assertThat(real.status()).as("the key is still free: " + real).isEqualTo(201);
        assertThat(real.header("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void a_dry_run_of_items_on_their_own_answers_each_outcome_and_a_replayed_key_changes_nothing() {
        Person hal = bank.newCustomerWith("Hal", "30.00");
        Person ivy = bank.newCustomer("Ivy");
        String realBatch = "{\"atomic\":false,\"transfers\":[" + item(ivy, "5.00") + "]}";
        assertThat(api.post("/transfer-batches").token(hal.token()).header("Idempotency-Key", "once")
                .json(realBatch).send().status()).isEqualTo(200);
        Footprint before = Footprint.of(bank, hal.accountId(), ivy.accountId());

        Reply each = batch(hal, false, null, item(ivy, "20.00"), item(ivy, "20.00"), item(ivy, "5.00"),
                item(ivy, "five"));
        Reply replay = batch(hal, false, "once", item(ivy, "5.00"));

        assertThat(each.status()).as(each.toString()).isEqualTo(200);
        JsonNode items = each.json().get("items");
        assertThat(each.json().get("status").getIntValue()).isEqualTo(200);
        assertThat(items.get(0).get("status").getIntValue()).isEqualTo(201);
        assertThat(items.get(1).get("status").getIntValue()).isEqualTo(400);
        assertThat(items.get(1).get("problem").get("type").getStringValue()).endsWith("insufficient-funds");
        assertThat(items.get(2).get("status").getIntValue()).isEqualTo(201);
        assertThat(items.get(3).get("problem").get("errors").get(0).get("pointer").getStringValue())
                .isEqualTo("/transfers/3/amount");
        assertThat(each.json().get("balances_after").get(0).get("balance").getStringValue()).isEqualTo("0.00");
        assertThat(each.json().get("balances_after").get(1).get("balance").getStringValue()).isEqualTo("30.00");
        assertThat(replay.status()).as(replay.toString()).isEqualTo(200);
        assertThat(replay.json().get("balances_after").get(0).get("balance").getStringValue())
                .as("a replay would move nothing").isEqualTo("25.00");
        assertThat(Footprint.of(bank, hal.accountId(), ivy.accountId())).isEqualTo(before);
    }

    @Test
    void the_seeds_transfer_keeps_its_contract_and_rehearses_with_dry_run() {
        Person jo = bank.newCustomerWith("Jo", "10.00");
        Person kim = bank.newCustomer("Kim");
        Footprint before = Footprint.of(bank, jo.accountId(), kim.accountId());

        Reply rehearsed = seedTransfer(jo, kim, "4.00", true);
        Reply insufficient = seedTransfer(jo, kim, "10.01", true);
        Reply zero = seedTransfer(jo, kim, "0", true);

        assertThat(rehearsed.status()).as(rehearsed.toString()).isEqualTo(200);
        assertThat(rehearsed.json().get("dry_run").getBooleanValue()).isTrue();
        assertThat(rehearsed.json().get("status").getIntValue()).isEqualTo(200);
        assertThat(balanceAfter(rehearsed.json(), "from_account_id")).isEqualTo("6.00");
        assertThat(balanceAfter(rehearsed.json(), "to_account_id")).isEqualTo("4.00");
        assertThat(insufficient.status()).isEqualTo(400);
        assertThat(insufficient.problemType()).isEqualTo("insufficient-funds");
        assertThat(zero.status()).isEqualTo(422);
        assertThat(Footprint.of(bank, jo.accountId(), kim.accountId())).isEqualTo(before);

        Reply real = seedTransfer(jo, kim, "4.00", null);
        Reply explicitlyReal = seedTransfer(jo, kim, "1.00", false);
        assertThat(real.status()).as(real.toString()).isEqualTo(200);
        assertThat(real.json().get("amount").getStringValue()).isEqualTo("4.00");
        assertThat(real.json().get("dry_run")).isNull();
        assertThat(explicitlyReal.status()).isEqualTo(200);
        assertThat(seedTransfer(jo, kim, "-1", null).status()).isEqualTo(422);
        assertThat(seedTransfer(jo, kim, "5.01", null).status()).isEqualTo(400);
        assertThat(bank.balance(jo)).isEqualTo("5.00");
    }
}
