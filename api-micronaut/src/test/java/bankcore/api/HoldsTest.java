package bankcore.api;

import bankcore.api.support.ApiClient;
import bankcore.api.support.Bank;
import bankcore.api.support.Bank.Person;
import bankcore.api.support.Json;
import bankcore.api.support.Reply;
import bankcore.api.support.TestServer;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Pending transfers over HTTP: hold, capture (all or part), void, expiry, and the refusals of each. */
class HoldsTest {

    @RegisterExtension
    static final TestServer server = new TestServer(Map.of("bank.holds.expiry-interval", "100ms"));
    private static final ApiClient api = server.client();
    private static final Bank bank = new Bank(api);

    private static JsonNode account(Person person) {
        return api.get("/accounts/" + person.accountId()).token(person.token()).send().json();
    }

    private static String status(String transferId, Person party) {
        return api.get("/transfers/" + transferId).token(party.token()).send().json().get("status").getStringValue();
    }

    @Test
    void a_pending_transfer_holds_its_amount_and_moves_no_balance() {
        Person ann = bank.newCustomerWith("Ann", "50.00");
        Person ben = bank.newCustomer("Ben");

        Reply reply = bank.hold(ann, ben, "20.00", "timeout_seconds", 3600);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().get("status").getStringValue()).isEqualTo("pending");
        assertThat(reply.json().get("expires_at").getStringValue()).isNotBlank();
        assertThat(reply.header("Location")).contains("/transfers/" + reply.json().get("id").getStringValue());
        JsonNode view = account(ann);
        assertThat(view.get("balance").getStringValue()).isEqualTo("50.00");
        assertThat(view.get("available").getStringValue()).isEqualTo("30.00");
        assertThat(view.get("pending_debits").getStringValue()).isEqualTo("20.00");
        assertThat(account(ben).get("pending_credits").getStringValue()).isEqualTo("20.00");
        Reply tooMuch = api.post("/transfers").token(ann.token())
                .json(Json.object("receiver_id", ben.id(), "amount", "30.01")).send();
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.problemType()).isEqualTo("insufficient-funds");
    }

    @Test
    void a_partial_capture_posts_part_and_a_second_end_is_409_with_the_status() {
        Person cal = bank.newCustomerWith("Cal", "50.00");
        Person dee = bank.newCustomer("Dee");
        String hold = bank.held(cal, dee, "20.00");

        Reply capture = api.post("/transfers/" + hold + "/capture").token(cal.token())
                .json(Json.object("amount", "12.50")).send();

        assertThat(capture.status()).as(capture.toString()).isEqualTo(200);
        assertThat(capture.json().get("captures").getStringValue()).isEqualTo(hold);
        assertThat(capture.json().get("status").getStringValue()).isEqualTo("posted");
        assertThat(bank.balance(cal)).isEqualTo("37.50");
        assertThat(account(cal).get("available").getStringValue()).isEqualTo("37.50");
        assertThat(status(hold, dee)).isEqualTo("captured");
        Reply again = api.post("/transfers/" + hold + "/void").token(cal.token()).send();
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.problemType()).isEqualTo("transfer-not-pending");
        assertThat(again.json().get("transfer_status").getStringValue()).isEqualTo("captured");
    }

    @Test
    void a_void_releases_the_hold_and_a_capture_above_the_hold_is_422() {
        Person eve = bank.newCustomerWith("Eve", "50.00");
        Person fay = bank.newCustomer("Fay");
        String hold = bank.held(eve, fay, "20.00");

        Reply above = api.post("/transfers/" + hold + "/capture").token(eve.token())
                .json(Json.object("amount", "20.01")).send();
        Reply byReceiver = api.post("/transfers/" + hold + "/void").token(fay.token()).send();
        Reply voided = api.post("/transfers/" + hold + "/void").token(eve.token()).send();

        assertThat(above.status()).as(above.toString()).isEqualTo(422);
        assertThat(above.problemType()).isEqualTo("capture-exceeds-hold");
        assertThat(byReceiver.status()).as(byReceiver.toString()).isEqualTo(404);
        assertThat(voided.status()).as(voided.toString()).isEqualTo(200);
        assertThat(voided.json().get("status").getStringValue()).isEqualTo("voided");
        assertThat(account(eve).get("available").getStringValue()).isEqualTo("50.00");
        Reply plain = api.post("/transfers").token(eve.token())
                .json(Json.object("receiver_id", fay.id(), "amount", "1.00")).send();
        Reply capturePlain = api.post("/transfers/" + plain.json().get("id").getStringValue() + "/capture")
                .token(eve.token()).send();
        assertThat(capturePlain.status()).as(capturePlain.toString()).isEqualTo(409);
        assertThat(capturePlain.json().get("transfer_status").getStringValue()).isEqualTo("posted");
    }

    @Test
    void a_hold_past_its_timeout_expires_and_a_late_capture_is_409_transfer_expired() throws InterruptedException {
        Person gus = bank.newCustomerWith("Gus", "50.00");
        Person hal = bank.newCustomer("Hal");
        Reply reply = bank.hold(gus, hal, "20.00", "timeout_seconds", 1);
        String hold = reply.json().get("id").getStringValue();

        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!status(hold, gus).equals("expired") && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }

        assertThat(status(hold, gus)).isEqualTo("expired");
        assertThat(account(gus).get("available").getStringValue()).isEqualTo("50.00");
        Reply late = api.post("/transfers/" + hold + "/capture").token(gus.token()).send();
        assertThat(late.status()).as(late.toString()).isEqualTo(409);
        assertThat(late.problemType()).isEqualTo("transfer-expired");
        assertThat(late.json().get("transfer_status").getStringValue()).isEqualTo("expired");
        Reply statement = api.get("/accounts/" + gus.accountId() + "/statement").token(gus.token()).send();
        assertThat(statement.json().get("items").get(0).get("kind").getStringValue()).isEqualTo("expiry");
    }

    @Test
    void a_timeout_out_of_range_or_without_pending_is_422() {
        Person ida = bank.newCustomerWith("Ida", "5.00");
        Person jon = bank.newCustomer("Jon");

        Reply tooLong = bank.hold(ida, jon, "1.00", "timeout_seconds", 2_592_001);
        Reply zero = bank.hold(ida, jon, "1.00", "timeout_seconds", 0);
        Reply withoutPending = api.post("/transfers").token(ida.token())
                .json(Json.object("receiver_id", jon.id(), "amount", "1.00", "timeout_seconds", 60)).send();

        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(422);
        assertThat(zero.status()).as(zero.toString()).isEqualTo(422);
        assertThat(withoutPending.status()).as(withoutPending.toString()).isEqualTo(422);
        assertThat(bank.balance(ida)).isEqualTo("5.00");
    }

    @Test
    void pending_batch_items_are_held_together() {
        Person kim = bank.newCustomerWith("Kim", "10.00");
        Person lee = bank.newCustomer("Lee");

        Reply batch = api.post("/transfer-batches").token(kim.token()).json(Json.object("transfers", Json.raw(
                "[{\"receiver_id\": " + lee.id() + ", \"amount\": \"3.00\", \"pending\": true},"
                        + "{\"receiver_id\": " + lee.id() + ", \"amount\": \"1.00\"}]"))).send();

        assertThat(batch.status()).as(batch.toString()).isEqualTo(201);
        assertThat(batch.json().get("items").get(0).get("status").getStringValue()).isEqualTo("pending");
        assertThat(batch.json().get("items").get(1).get("status").getStringValue()).isEqualTo("posted");
        assertThat(account(kim).get("available").getStringValue()).isEqualTo("6.00");
    }
}
