package bankcore.dashboard;

import java.util.Map;
import java.util.Optional;

/**
 * The dashboard's settings, from the environment (DESIGN.md §7), with defaults that work on a
 * laptop. The admin's credentials have no default: without them no admin is created.
 */
public record DashboardConfig(int port, String database, Optional<String> adminEmail,
                              Optional<String> adminPassword) {

    static final int DEFAULT_PORT = 8081;
    static final String DEFAULT_DATABASE = "./data/banking.db";

    public static DashboardConfig fromEnvironment(Map<String, String> env) {
        return new DashboardConfig(
                port(env.get("BANK_DASHBOARD_PORT")),
                nonBlank(env.get("BANK_DB")).orElse(DEFAULT_DATABASE),
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

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(s -> !s.isEmpty());
    }
}
