package bankcore.persistence.postgres;

import bankcore.core.domain.StoreFailureException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

import javax.sql.DataSource;
import java.util.Arrays;
import java.util.List;

/**
 * Brings the database (the connection's current schema) to this version's schema with Flyway, from
 * this module's own migrations. A schema already migrated by a newer bankcore is refused. Several
 * nodes starting at once are safe: Flyway takes an advisory lock around the migration.
 */
final class PostgresSchema {
    private PostgresSchema() {
    }

    static void migrate(DataSource dataSource, String description) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/postgresql")
                .load();
        List<String> future = Arrays.stream(flyway.info().all())
                .filter(info -> info.getState() == MigrationState.FUTURE_SUCCESS
                        || info.getState() == MigrationState.FUTURE_FAILED)
                .map(MigrationInfo::getVersion)
                .map(Object::toString)
                .toList();
        if (!future.isEmpty()) {
            throw new StoreFailureException("the database at " + description + " has schema version(s) " + future
                    + ", newer than this bankcore understands; upgrade bankcore to open it", null);
        }
        flyway.migrate();
    }
}
