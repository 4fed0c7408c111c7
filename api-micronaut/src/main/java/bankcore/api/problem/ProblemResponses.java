package bankcore.api.problem;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The documented problem responses, each status declared once. Controllers put these on a class (every
 * operation of it can answer so) or on a method. The descriptions list the problem types a status can carry;
 * an operation's own description says which of them apply to it. The groups ({@link Framework}, {@link Always},
 * {@link WithBody}) name what any operation can get, and what any operation that reads a body can get.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "400", description = "Bad request: the body is not JSON (`malformed-json`); where "
            + "money moves, also `insufficient-funds`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface BadRequest {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "401", description = "No token, or a bad or expired one (`unauthorized`); on "
            + "/login, an unknown e-mail or a wrong password (`bad-credentials`)",
            headers = @Header(name = BearerChallenge.HEADER, description = "RFC 6750: `Bearer realm=\"bankcore\"`, "
                    + "with `error=\"invalid_token\"` for a bad or expired token and `error=\"invalid_request\"` "
                    + "for a malformed Authorization header",
                    schema = @Schema(type = "string", example = "Bearer realm=\"bankcore\", error=\"invalid_token\"")),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface Unauthorized {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "403", description = "Forbidden: an admin's operation asked by a customer "
            + "(`forbidden`), or registration is closed (`registration-closed`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface Forbidden {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "404", description = "Not found, or not yours, which looks the same so that ids "
            + "cannot be probed (`account-not-found`, `customer-not-found`, `transfer-not-found`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface NotFound {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "406", description = "Not acceptable: the Accept header names no media type "
            + "this operation sends (`not-acceptable`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface NotAcceptable {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "409", description = "Conflict: an account is frozen or closed "
            + "(`account-not-active`), not empty (`account-not-empty`), a transfer already reversed "
            + "(`already-reversed`), a capture or void of a transfer that is not pending (`transfer-not-pending`) or "
            + "past its expiry (`transfer-expired`), both with `transfer_status`, a credit limit below what is in "
            + "use (`credit-limit-in-use`), an e-mail taken (`email-taken`), or the same Idempotency-Key still in flight "
            + "(`idempotency-key-in-flight`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface Conflict {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "413", description = "Payload too large: the body is over the operation's limit "
            + "(`payload-too-large`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface PayloadTooLarge {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "415", description = "Unsupported media type: the body is not application/json "
            + "(`unsupported-media-type`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface UnsupportedMediaType {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "422", description = "Unprocessable: a field missing, unknown, mistyped or out of "
            + "its rules (`validation-failed`, `errors` lists the fields); an amount that is not positive, has too "
            + "many decimals (`invalid-amount`) or is out of range (`amount-out-of-range`); `unsupported-currency`, "
            + "`currency-mismatch`, `same-account`; a capture above the held amount (`capture-exceeds-hold`); an "
            + "Idempotency-Key reused with another request "
            + "(`idempotency-key-reused`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface Unprocessable {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "429", description = "Too many failed logins for this e-mail from this address, or "
            + "from this address (`too-many-failed-logins`)",
            headers = @Header(name = "Retry-After", description = "seconds to wait",
                    schema = @Schema(type = "integer", example = "30")),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface TooManyRequests {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "500", description = "An unexpected failure (`internal`), logged on the server; "
            + "the body holds no internals",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface Internal {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "503", description = "The ledger is busy or cannot write (`unavailable`); retry "
            + "after Retry-After",
            headers = @Header(name = "Retry-After", description = "seconds to wait",
                    schema = @Schema(type = "integer", example = "1")),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface Unavailable {
    }

    /**
     * What any operation can get from the framework or the store, whatever it does: the size and media type
     * checks run on every request that has a body, even one that the operation would ignore.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @NotAcceptable
    @PayloadTooLarge
    @UnsupportedMediaType
    @Internal
    public @interface Framework {
    }

    /** {@link Framework}, and a ledger that is busy or cannot write. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Framework
    @Unavailable
    public @interface Always {
    }

    /** What any operation that reads a JSON body can get before it runs: not JSON, or not the expected shape. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @BadRequest
    @Unprocessable
    public @interface WithBody {
    }
}
