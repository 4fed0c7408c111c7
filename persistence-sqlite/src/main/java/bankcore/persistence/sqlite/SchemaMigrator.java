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
        Flyway flyway = Flyway.configure()
                .dataSource(jdbcUrl, null, null)
                .locations("classpath:db/migration")
                .ignoreMigrationPatterns("")
                .load();
        List<String> future = Arrays.stream(flyway.info().all())
                .filter(info -> info.getState() == MigrationState.FUTURE_SUCCESS
                        || info.getState() == MigrationState.FUTURE_FAILED)
                .map(MigrationInfo::getVersion)
                .map(Object::toString)
                .toList();
        if (!future.isEmpty()) {
            throw new IncompatibleSchemaException("the database at " + jdbcUrl + " has schema version(s) " + future
                    + ", newer than this bankcore understands; upgrade bankcore to open it");
        }
        flyway.migrate();
    }
}
