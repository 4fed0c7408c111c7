package bankcore.api.support;

import bankcore.core.domain.Currencies;
import bankcore.core.domain.LedgerException;
import bankcore.core.domain.Money;
import bankcore.core.domain.Transfer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Random bodies for the money-moving endpoints, for the property-based tests: a valid transfer whose fields are,
 * one time in three, replaced by any JSON value, with now and then an unknown or repeated field or JSON cut short.
 * Each says whether the strict decoding rules take it ({@code decodable}: ids JSON integers, the amount a JSON
 * number or string, text a JSON string, nothing unknown or repeated) and whether it may move money
 * ({@code allowed}: decodable, to the payee's account, with an amount the core takes). Random values never name
 * an account that exists.
 */
public final class RequestBodies {

    /** Words of Java and of the JSON parser, which no refusal may show a client. */
    public static final Pattern INTERNALS = Pattern.compile(
            "java\\.|Long|Integer|String\\b|Request|START_|VALUE_|END_|FIELD_NAME|token|Exception|class ");
    private static final Currency EUR = Currencies.of("EUR");
    private static final String NOISE = "0123456789.-+eE ,_x\"\\\u0661\uFF11\u0000\u00E9";
    private static final Pattern JSON_INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,18})");

    private RequestBodies() {
    }

    /** One generated request; {@code amount} is the amount's JSON text as sent. */
    public record Case(String path, String body, boolean decodable, boolean allowed, String amount) {
    }

    public static Case anyCase(SplittableRandom random, long payeeAccount) {
        boolean batch = random.nextInt(4) == 0;
        List<String> fields = new ArrayList<>();
        boolean[] decodable = {true};
        boolean[] allowed = {true};
        String account = Long.toString(payeeAccount);
        fields.add(field(random, decodable, allowed, "to_account_id", account, RequestBodies::isLong, account::equals));
        String amountField = field(random, decodable, allowed, "amount",
                random.nextBoolean() ? cents(random) : "\"" + cents(random) + "\"", RequestBodies::isNumberOrString,
                RequestBodies::isAmount);
        fields.add(amountField);
        if (random.nextBoolean()) {
            Predicate<String> text = value -> value.equals("null") || value.startsWith("\"");
            fields.add(field(random, decodable, allowed, "description", "\"property test\"", text,
                    value -> !value.contains("\\u0000")));
        }
        if (random.nextInt(8) == 0) {
            fields.add("\"unknown_field\":" + anyJson(random, 2));
            decodable[0] = false;
        }
        if (random.nextInt(12) == 0) {
            fields.add(fields.get(random.nextInt(fields.size())));
            decodable[0] = false;
        }
        Collections.shuffle(fields, new Random(random.nextLong()));
        String transfer = "{" + String.join(",", fields) + "}";
        String body = batch ? "{\"atomic\":" + random.nextBoolean() + ",\"transfers\":[" + transfer + "]}" : transfer;
        if (random.nextInt(20) == 0) {
            body = body.substring(0, random.nextInt(body.length())); // not JSON at all: a 400
            decodable[0] = false;
        }
        return new Case(batch ? "/transfer-batches" : "/transfers", body, decodable[0], decodable[0] && allowed[0],
                amountField.substring("\"amount\":".length()));
    }

    /** The field with a valid value, or (one time in three) with any JSON value. */
    private static String field(SplittableRandom random, boolean[] decodable, boolean[] allowed, String name,
                                String valid, Predicate<String> decodes, Predicate<String> accepts) {
        String value = random.nextInt(3) != 0 ? valid : anyJson(random, 2);
        decodable[0] &= decodes.test(value);
        allowed[0] &= decodes.test(value) && accepts.test(value);
        return "\"" + name + "\":" + value;
    }

    /** A JSON integer that a long holds, or null (which decodes, and validation then refuses). */
    private static boolean isLong(String json) {
        if (json.equals("null")) {
            return true;
        }
        if (!JSON_INTEGER.matcher(json).matches()) {
            return false;
        }
        try {
            Long.parseLong(json);
            return true;
        } catch (NumberFormatException tooLarge) {
            return false;
        }
    }

    /** A JSON number or string, or null (which decodes, and validation then refuses). */
    private static boolean isNumberOrString(String json) {
        return !(json.startsWith("[") || json.startsWith("{") || json.equals("true") || json.equals("false"));
    }

    /** A JSON number or string whose text the core takes as a transferable amount (its rules are tested apart). */
    private static boolean isAmount(String json) {
        if (json.equals("null")) {
            return false;
        }
        String text = json.startsWith("\"") ? json.substring(1, json.length() - 1) : json;
        try {
            Transfer.requireTransferable(Money.parse(text, EUR));
            return true;
        } catch (LedgerException refused) {
            return false;
        }
    }

    private static String cents(SplittableRandom random) {
        int cents = 1 + random.nextInt(999);
        return cents / 100 + "." + (cents % 100 < 10 ? "0" : "") + cents % 100;
    }

    private static String anyJson(SplittableRandom random, int depth) {
        int kind = random.nextInt(depth > 0 ? 9 : 7);
        return switch (kind) {
            case 0 -> Long.toString(random.nextLong());
            case 1 -> random.nextInt(100) + "." + random.nextInt(1000);
            case 2 -> random.nextInt(10) + "e" + (random.nextInt(20) - 10);
            case 3 -> "\"" + noise(random) + "\"";
            case 4 -> random.nextBoolean() ? "true" : "false";
            case 5 -> "null";
            case 6 -> "9".repeat(12 + random.nextInt(30)); // never an account that exists
            case 7 -> "[" + (random.nextBoolean() ? anyJson(random, depth - 1) : "") + "]";
            default -> "{\"k\":" + anyJson(random, depth - 1) + "}";
        };
    }

    /** Text over look-alikes and escapes, kept valid inside a JSON string. */
    private static String noise(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            char c = NOISE.charAt(random.nextInt(NOISE.length()));
            text.append(c == '"' ? "\\\"" : c == '\\' ? "\\\\" : c == '\u0000' ? "\\u0000" : String.valueOf(c));
        }
        return text.toString();
    }
}
