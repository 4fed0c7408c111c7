package bankcore.api.idempotency;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The {@code Idempotency-Key} request header of every operation that moves money, documented once. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Parameter(name = IdempotencyGate.HEADER, in = ParameterIn.HEADER, required = false,
        description = "Makes retries safe, per caller: the same key with the same request returns the first "
                + "response again (with Idempotent-Replayed: true) and moves money once; with another request it "
                + "is 422 `idempotency-key-reused`; while the first is still running, 409 "
                + "`idempotency-key-in-flight`. Requests refused by validation are not remembered.",
        schema = @Schema(type = "string", minLength = 1, maxLength = 255, pattern = "^[\\x20-\\x7E]+$",
                example = "invoice-2026-001"))
public @interface IdempotencyKeyHeader {
}
