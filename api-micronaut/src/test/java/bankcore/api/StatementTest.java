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

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Statements: running balances newest first, cursor pages, a time range, and CSV. */
class StatementTest {

    @RegisterExtension
    static final TestServer server = new TestServer();
    private static final ApiClient api = server.client();
    private static final Bank bank = new Bank(api);

    private static void pay(Person from, Person to, String amount, String description) {
        Reply reply = api.post("/transfers").token(from.token()).json(Json.object("receiver_id", to.id(), "amount",
                amount, "description", description)).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    @Test
    void entries_come_newest_first_with_signed_amounts_and_running_balances() {
        Person ann = bank.newCustomerWith("Ann", "100.00");
        Person ben = bank.newCustomer("Ben");
        pay(ann, ben, "30.00", "first");
        pay(ben, ann, "5.00", "back");

        Reply reply = api.get("/accounts/" + ann.accountId() + "/statement").token(ann.token()).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode items = reply.json().get("items");
        assertThat(items.size()).isEqualTo(3);
        assertThat(items.get(0).get("amount").getStringValue()).isEqualTo("5.00");
        assertThat(items.get(0).get("balance_after").getStringValue()).isEqualTo("75.00");
        assertThat(items.get(0).get("counterparty_account_id").getLongValue()).isEqualTo(ben.accountId());
        assertThat(items.get(0).get("description").getStringValue()).isEqualTo("back");
        assertThat(items.get(1).get("amount").getStringValue()).isEqualTo("-30.00");
        assertThat(items.get(1).get("balance_after").getStringValue()).isEqualTo("70.00");
        assertThat(items.get(2).get("amount").getStringValue()).isEqualTo("100.00");
        assertThat(items.get(2).get("currency").getStringValue()).isEqualTo("EUR");
        assertThat(reply.json().get("next_cursor").isNull()).isTrue();
    }

    @Test
    void pages_follow_the_cursor_to_the_end_without_gaps_or_repeats() {
        Person cat = bank.newCustomerWith("Cat", "100.00");
        Person dex = bank.newCustomer("Dex");
        for (int i = 1; i <= 6; i++) {
            pay(cat, dex, i + ".00", "payment " + i);
        }
        List<String> seen = new ArrayList<>();
        String path = "/accounts/" + cat.accountId() + "/statement?limit=3";
        Reply page = api.get(path).token(cat.token()).send();
        int pages = 1;
        while (true) {
            page.json().get("items").values().forEach(item -> seen.add(item.get("transfer_id").getStringValue()));
            JsonNode next = page.json().get("next_cursor");
            if (next.isNull()) {
                break;
            }
            page = api.get(path + "&cursor=" + next.getStringValue()).token(cat.token()).send();
            pages++;
        }
        assertThat(seen).hasSize(7).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void a_time_range_bounds_the_entries() {
        Person eve = bank.newCustomerWith("Eve", "10.00");
        Instant afterDeposit = Instant.now();
        pay(eve, bank.newCustomer("Fin"), "1.00", "in range");

        Reply reply = api.get("/accounts/" + eve.accountId() + "/statement?from=" + afterDeposit).token(eve.token())
                .send();

        assertThat(reply.json().get("items").size()).isEqualTo(1);
        Reply none = api.get("/accounts/" + eve.accountId() + "/statement?to=2000-01-01T00:00:00Z")
                .token(eve.token()).send();
        assertThat(none.json().get("items").size()).isZero();
        assertThat(api.get("/accounts/" + eve.accountId() + "/statement?from=yesterday").token(eve.token()).send()
                .status()).isEqualTo(422);
        assertThat(api.get("/accounts/" + eve.accountId() + "/statement?cursor=garbage").token(eve.token()).send()
                .status()).isEqualTo(422);
    }

    @Test
    void accept_text_csv_gives_every_entry_as_csv_with_one_header_row() {
        Person gil = bank.newCustomerWith("Gil", "100.00");
        Person hoa = bank.newCustomer("Hoa");
        for (int i = 0; i < 60; i++) {
            pay(gil, hoa, "0.50", i == 0 ? "say \"hi\", then =SUM(A1)" : "");
        }

        Reply csv = api.get("/accounts/" + gil.accountId() + "/statement").token(gil.token())
                .header("Accept", "text/csv").send();

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("transfer_id,posted_at,amount,balance_after,available_after,currency,"
                + "counterparty_account_id,description,kind");
        assertThat(lines).hasSize(1 + 61);
        assertThat(lines[1]).contains(",-0.50,70.00,70.00,EUR,").endsWith(",\"\",posted");
        assertThat(lines[60]).contains(",-0.50,99.50,99.50,EUR,")
                .endsWith(",\"say \"\"hi\"\", then =SUM(A1)\",posted");
        assertThat(lines[61]).contains(",100.00,100.00,100.00,EUR,");
    }

    @Test
    void every_line_shows_the_available_balance_after_it_in_json_and_csv_and_so_does_the_balance_as_of() {
        Person kim = bank.newCustomerWith("Kim", "100.00");
        Person lee = bank.newCustomer("Lee");
        Reply limit = api.call("PUT", "/accounts/" + kim.accountId() + "/credit-limit").token(bank.adminToken())
                .json(Json.object("amount", "50.00")).send();
        assertThat(limit.status()).as(limit.toString()).isEqualTo(200);
        Reply hold = api.post("/transfers").token(kim.token())
                .json(Json.object("receiver_id", lee.id(), "amount", "30.00", "pending", true)).send();
        assertThat(hold.status()).as(hold.toString()).isEqualTo(201);
        String holdId = hold.json().get("id").getStringValue();
        Reply capture = api.post("/transfers/" + holdId + "/capture").token(kim.token())
                .json(Json.object("amount", "10.00")).send();
        assertThat(capture.status()).as(capture.toString()).isEqualTo(200);

        String path = "/accounts/" + kim.accountId() + "/statement";
        JsonNode items = api.get(path).token(kim.token()).send().json().get("items");
        String[] csv = api.get(path).token(kim.token()).header("Accept", "text/csv").send().body().split("\r\n");

        // Newest first: the capture moves the balance and releases the rest of the hold; the hold lowers the
        // available balance only; the deposit came before the credit line.
        assertThat(List.of(items.get(0), items.get(1), items.get(2)))
                .extracting(item -> item.get("kind").getStringValue() + " " + item.get("balance_after").getStringValue()
                        + " " + item.get("available_after").getStringValue())
                .containsExactly("capture 90.00 140.00", "hold 100.00 120.00", "posted 100.00 100.00");
        assertThat(csv).hasSize(1 + 3);
        assertThat(csv[1]).contains(",-10.00,90.00,140.00,EUR,").endsWith(",capture");
        assertThat(csv[2]).contains(",-30.00,100.00,120.00,EUR,").endsWith(",hold");
        assertThat(csv[3]).contains(",100.00,100.00,100.00,EUR,").endsWith(",posted");
        JsonNode then = api.get("/accounts/" + kim.accountId() + "/balance?as_of="
                + hold.json().get("created_at").getStringValue()).token(kim.token()).send().json();
        assertThat(List.of("balance", "pending_debits", "credit_limit", "available"))
                .extracting(field -> then.get(field).getStringValue())
                .containsExactly("100.00", "30.00", "50.00", "120.00");
    }

    @Test
    void another_customers_statement_is_404_in_json_and_csv() {
        Person ida = bank.newCustomerWith("Ida", "1.00");
        Person jon = bank.newCustomer("Jon");
        String path = "/accounts/" + ida.accountId() + "/statement";
        assertThat(api.get(path).token(jon.token()).send().status()).isEqualTo(404);
        Reply csv = api.get(path).token(jon.token()).header("Accept", "text/csv").send();
        assertThat(csv.status()).isEqualTo(404);
        assertThat(csv.contentType()).startsWith("application/problem+json");
        assertThat(api.get(path).token(bank.adminToken()).send().status()).isEqualTo(200);
    }
}
