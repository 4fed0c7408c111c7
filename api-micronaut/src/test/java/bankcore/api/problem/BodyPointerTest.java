package bankcore.api.problem;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a decoding failure is in a body, given where the decoder stood when it failed (just past the value). */
class BodyPointerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"receiver_id\":[2],\"amount\":1}              | 19 | /receiver_id",
        "{\"receiver_id\":\"2\",\"amount\":1}             | 19 | /receiver_id",
        "{\"receiver_id\":true,\"amount\":1}             | 20 | /receiver_id",
        "{\"amount\":1,\"receiver_id\":\"2\"}             | 30 | /receiver_id",
        "{\"receiver_id\":2,\"amount\":[1]}              | 28 | /amount",
        "{\"to_account_id\":\"\u0661\",\"amount\":\"1.00\"} | 22 | /to_account_id",
        "{\"t\":[{\"a\":1},{\"a\":[1]}]}                  | 20 | /t/1/a",
        "[]                                          | 2  | ''"})
    void points_at_the_value_that_ends_where_the_decoder_stood(String body, int column, String pointer) {
        assertThat(BodyPointer.atLocation(body.getBytes(StandardCharsets.UTF_8), 1, column)).isEqualTo(pointer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"t\":[{\"a\":1},{\"a\":1,\"x\":2}]} | x | 1 | /t/1/x",
        "{\"a\":1,\"a\":2}                 | a | 2 | /a",
        "{\"a\":1}                        | b | 1 | ''"})
    void points_at_a_named_property(String body, String name, int occurrence, String pointer) {
        assertThat(BodyPointer.atProperty(body.getBytes(StandardCharsets.UTF_8), name, occurrence)).isEqualTo(pointer);
    }
}
