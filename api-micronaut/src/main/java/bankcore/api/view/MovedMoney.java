package bankcore.api.view;

import bankcore.api.idempotency.IdempotencyGate;
import bankcore.core.port.in.TransferMoney.Posted;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;

/**
 * The response to a request that moved money. A replay gets the very same status, body and
 * {@code Location} as the first response, plus {@code Idempotent-Replayed: true}.
 */
public final class MovedMoney {

    static final String REPLAYED_DESCRIPTION = "`true` when this repeats the first response to an Idempotency-Key";

    private MovedMoney() {
    }

    public static MutableHttpResponse<TransferView> respond(HttpStatus status, Posted posted) {
        MutableHttpResponse<TransferView> response = HttpResponse.<TransferView>status(status)
                .body(TransferView.asWritten(posted.transfer()));
        if (status == HttpStatus.CREATED) {
            response.headers(headers -> headers.location(location(posted)));
        }
        if (posted.replayed()) {
            response.header(IdempotencyGate.REPLAYED_HEADER, "true");
        }
        return response;
    }

    static URI location(Posted posted) {
        return URI.create("/transfers/" + posted.transfer().id());
    }

    /** The documented 201 of an operation that posts one transfer. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "201", description = "the transfer, posted",
            headers = {
                @Header(name = "Location", description = "the transfer: /transfers/{id}",
                        schema = @Schema(type = "string", format = "uri-reference",
                                example = "/transfers/0b8f2f3e-6c1d-4a61-9a43-8f0e7b7f2a10")),
                @Header(name = IdempotencyGate.REPLAYED_HEADER, description = REPLAYED_DESCRIPTION,
                        schema = @Schema(type = "string", allowableValues = "true"))},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TransferView.class)))
    public @interface Created {
    }

    /**
     * The documented 200 of the seed's transfer, which says 200 where the others say 201, whether posted or (with
     * dry_run: true) rehearsed.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @ApiResponse(responseCode = "200", description = "the transfer, posted; or, for a dry run, what would happen",
            headers = @Header(name = IdempotencyGate.REPLAYED_HEADER, description = REPLAYED_DESCRIPTION,
                    schema = @Schema(type = "string", allowableValues = "true")),
            content = @Content(mediaType = "application/json", schema = @Schema(ref = DryRunView.TRANSFER_OR_DRY_RUN)))
    public @interface Ok {
    }
}
