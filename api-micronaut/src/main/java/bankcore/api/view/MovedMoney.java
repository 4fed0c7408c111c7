package bankcore.api.view;

import bankcore.api.idempotency.IdempotencyGate;
import bankcore.core.port.in.TransferMoney.Posted;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import java.net.URI;

/**
 * The response to a request that moved money. A replay gets the very same status, body and
 * {@code Location} as the first response, plus {@code Idempotent-Replayed: true}.
 */
public final class MovedMoney {

    private MovedMoney() {
    }

    public static MutableHttpResponse<TransferView> respond(HttpStatus status, Posted posted) {
        MutableHttpResponse<TransferView> response = HttpResponse.<TransferView>status(status)
                .body(TransferView.of(posted.transfer()));
        if (status == HttpStatus.CREATED) {
            response.headers(headers -> headers.location(URI.create("/transfers/" + posted.transfer().id())));
        }
        if (posted.replayed()) {
            response.header(IdempotencyGate.REPLAYED_HEADER, "true");
        }
        return response;
    }
}
