package bankcore.dashboard;

import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard's settings, from the environment (docs/architecture.md §9 Configuration), with defaults that work on a
 * laptop. The admin's credentials have no default: without them no admin is created. The database's user and
 * password are for a PostgreSQL BANK_DB, when its URL does not carry them.
 */
public record DashboardConfig(int port, String database, Optional<String> databaseUser,
                              Optional<String> databasePassword, Currency currency, Optional<String> adminEmail,
                              Optional<String> adminPassword) {

    static final int DEFAULT_PORT = 8081;
    static final String DEFAULT_DATABASE = "./data/banking.db";
    static final String DEFAULT_CURRENCY = "EUR";

    public static DashboardConfig fromEnvironment(Map<String, String> env) {
        return new DashboardConfig(
                port(env.get("BANK_DASHBOARD_PORT")),
                nonBlank(env.get("BANK_DB")).orElse(DEFAULT_DATABASE),
                nonBlank(env.get("BANK_DB_USER")),
                nonBlank(env.get("BANK_DB_PASSWORD")),
                currency(env.get("BANK_CURRENCY")),
                nonBlank(env.get("BANK_ADMIN_EMAIL")),
                nonBlank(env.get("BANK_ADMIN_PASSWORD")));
    }

    private static int port(String value) {
        if (nonBlank(value).isEmpty()) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("BANK_DASHBOARD_PORT must be 1-65535, was " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("BANK_DASHBOARD_PORT must be a number, was " + value, e);
        }
    }

    private static Currency currency(String code) {
        String value = nonBlank(code).orElse(DEFAULT_CURRENCY);
        try {
            return Currency.getInstance(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("BANK_CURRENCY must be an ISO 4217 code, was " + code, e);
        }
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(s -> !s.isEmpty());
    }
}
