package bankcore.persistence.sqlite;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

import java.util.Arrays;
import java.util.List;

/**
 * Brings a file to this version's schema with Flyway: a new file is created, an older one upgraded.
 * A file already migrated by a newer bankcore is refused, since this code cannot know what it means.
 */
final class SchemaMigrator {
    private SchemaMigrator() {
    }

    static void migrate(String jdbcUrl) {
        Flyway flyway = flyway(jdbcUrl);
        refuseFuture(flyway, jdbcUrl);
        flyway.migrate();
    }

    /**
     * Refuses a file whose schema is not exactly this version's, without writing to it: a copy
     * being checked is never upgraded behind the operator's back.
     */
    static void requireCurrent(String readOnlyJdbcUrl, String shownAs) {
        Flyway flyway = flyway(readOnlyJdbcUrl);
        if (flyway.info().applied().length == 0) {
            throw new IncompatibleSchemaException(shownAs + " is not a bankcore ledger (it has no schema history)");
        }
        refuseFuture(flyway, shownAs);
        List<String> pending = versions(flyway.info().pending());
        if (!pending.isEmpty()) {
            throw new IncompatibleSchemaException(shownAs + " lacks schema version(s) " + pending
                    + " (an older bankcore made it): check it with that version, or restore it and let the API"
                    + " migrate it");
        }
    }

    private static Flyway flyway(String jdbcUrl) {
        return Flyway.configure()
                .dataSource(jdbcUrl, null, null)
                .locations("classpath:db/migration")
                .ignoreMigrationPatterns("")
                .load();
    }

    private static void refuseFuture(Flyway flyway, String jdbcUrl) {
        List<MigrationInfo> future = Arrays.stream(flyway.info().all())
                .filter(info -> info.getState() == MigrationState.FUTURE_SUCCESS
                        || info.getState() == MigrationState.FUTURE_FAILED)
                .toList();
        if (!future.isEmpty()) {
            throw new IncompatibleSchemaException("the database at " + jdbcUrl + " has schema version(s) "
                    + versions(future) + ", newer than this bankcore understands; upgrade bankcore to open it");
        }
    }

    private static List<String> versions(MigrationInfo[] migrations) {
        return versions(Arrays.asList(migrations));
    }

    private static List<String> versions(List<MigrationInfo> migrations) {
        return migrations.stream().map(MigrationInfo::getVersion).map(Object::toString).toList();
    }
}
