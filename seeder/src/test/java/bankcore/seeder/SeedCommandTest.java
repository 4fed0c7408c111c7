package bankcore.seeder;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class SeedCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = SeedCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void help_lists_every_option_and_exits_zero() {
        assertThat(run("--help")).isZero();

        assertThat(out.toString()).contains("--db", "--customers", "--transfers", "--days", "--currency", "--seed",
                "--reset", "--admin-email", "--admin-password-file", "--until", "traffic", "Exit codes");
    }

    @Test
    void a_negative_count_is_a_usage_error_with_exit_code_2() {
        assertThat(run("--customers", "-3")).isEqualTo(2);

        assertThat(err.toString()).contains("--customers must be between 1 and 1000000, was -3")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void a_word_where_a_number_belongs_is_a_usage_error() {
        assertThat(run("--transfers", "many")).isEqualTo(2);

        assertThat(err.toString()).contains("'many' is not a long");
    }

    @Test
    void an_unknown_currency_is_a_usage_error() {
        assertThat(run("--currency", "EUR,XYZ")).isEqualTo(2);

        assertThat(err.toString()).contains("'XYZ' is not an ISO 4217 currency code");
    }

    @Test
    void an_unknown_option_is_a_usage_error() {
        assertThat(run("--customer", "5")).isEqualTo(2);

        assertThat(err.toString()).contains("Unknown option", "--help");
    }

    @Test
    void too_many_transfers_for_the_days_is_a_usage_error() {
        assertThat(run("--transfers", "20000000", "--days", "1")).isEqualTo(2);

        assertThat(err.toString()).contains("--transfers must be at most 5000000 a day");
    }

    @Test
    void a_history_that_ends_in_the_future_is_a_usage_error() {
        assertThat(run("--dry-run", "--until", "2999-01-01T00:00:00Z")).isZero();
        assertThat(run("--db", "unused.db", "--until", "2999-01-01T00:00:00Z")).isEqualTo(2);

        assertThat(err.toString()).contains("--until must not be in the future");
    }

    @Test
    void a_dry_run_generates_without_writing() {
        assertThat(run("--dry-run", "--customers", "50", "--transfers", "1000", "--days", "3")).isZero();

        assertThat(out.toString()).contains("Dry run", "50 customers", "1,000 transfers");
    }
}
