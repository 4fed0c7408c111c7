package bankcore.api.support;

import io.micronaut.json.tree.JsonNode;

import java.util.List;
import java.util.stream.LongStream;

/**
 * Everything a money-moving request leaves behind, read over HTTP as an admin: the journal (its size and newest
 * entry), the newest audit row, the change feed's last position, and the balance and available balance of each
 * account given. Two equal footprints around a request show that it wrote nothing.
 */
public record Footprint(long journalSize, String newestEntry, long newestAuditRow, long lastEvent,
                        List<String> accounts) {

    public static Footprint of(Bank bank, long... accountIds) {
        ApiClient api = bank.api();
        String admin = bank.adminToken();
        long journalSize = read(api, admin, "/analytics/summary").get("transfers").getLongValue();
        JsonNode newest = read(api, admin, "/transfers?limit=1").get("items");
        JsonNode audit = read(api, admin, "/admin/audit?limit=1").get("items");
        long lastEvent = 0;
        for (JsonNode page = events(api, admin, 0); page.get("items").size() > 0;
             page = events(api, admin, lastEvent)) {
            lastEvent = Long.parseLong(page.get("next_cursor").getStringValue());
        }
        List<String> accounts = LongStream.of(accountIds).mapToObj(id -> {
            JsonNode account = read(api, admin, "/accounts/" + id);
            return id + ": " + account.get("balance").getStringValue() + ", available "
                    + account.get("available").getStringValue();
        }).toList();
        return new Footprint(journalSize, newest.size() == 0 ? "" : newest.get(0).get("id").getStringValue(),
                audit.size() == 0 ? 0 : audit.get(0).get("sequence").getLongValue(), lastEvent, accounts);
    }

    private static JsonNode events(ApiClient api, String admin, long after) {
        return read(api, admin, "/events?limit=200&after=" + after);
    }

    private static JsonNode read(ApiClient api, String admin, String path) {
        Reply reply = api.get(path).token(admin).send();
        if (reply.status() != 200) {
            throw new AssertionError(path + " failed: " + reply);
        }
        return reply.json();
    }
}
