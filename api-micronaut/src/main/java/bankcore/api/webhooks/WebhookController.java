package bankcore.api.webhooks;

import bankcore.api.problem.ProblemException;
import bankcore.api.problem.ProblemKind;
import bankcore.api.problem.ProblemResponses;
import bankcore.api.query.QueryParameters;
import bankcore.core.domain.Page;
import bankcore.core.domain.Refusal;
import bankcore.core.port.in.ManageWebhooks;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

@Controller("/webhooks")
@Tag(name = "webhooks")
@Secured("ADMIN")
@ProblemResponses.Always
@ProblemResponses.Unauthorized
@ProblemResponses.Forbidden
class WebhookController {
    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    private final ManageWebhooks webhooks;

    WebhookController(ManageWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @Post
    @Operation(operationId = "registerWebhook", summary = "Register a webhook endpoint (admin)",
            description = "The endpoint gets every event committed from now on that its patterns select, POSTed as "
                    + "the Event JSON with Standard Webhooks headers: `webhook-id` (the event's id, the same on "
                    + "every retry), `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,` and the base64 "
                    + "HMAC-SHA256 of `{id}.{timestamp}.{body}`, keyed with the secret's bytes after `whsec_`). "
                    + "At least once, in order; a non-2xx answer (redirects are not followed) is retried after 1 s, "
                    + "2 s, 4 s ... up to an hour apart, and after 24 hours of failures the endpoint is DISABLED. "
                    + "422 for a URL whose host is not in BANK_WEBHOOK_ALLOWED_HOSTS (empty: none is) or an "
                    + "unknown event type.")
    @ApiResponse(responseCode = "201", description = "the endpoint with its secret, shown only here",
            headers = @Header(name = "Location", description = "the endpoint's deliveries: /webhooks/{id}/deliveries",
                    schema = @Schema(type = "string", format = "uri-reference", example = "/webhooks/1/deliveries")),
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = WebhookSecretView.class)))
    @ProblemResponses.WithBody
    HttpResponse<WebhookSecretView> register(@Valid @Body WebhookRequest request) {
        WebhookSecretView created = WebhookSecretView.of(webhooks.register(uri(request.url()), request.events(),
                request.description()));
        return HttpResponse.created(created, URI.create("/webhooks/" + created.id() + "/deliveries"));
    }

    @Get
    @Operation(operationId = "listWebhooks", summary = "The webhook endpoints (admin)",
            description = "Every endpoint, oldest first, without secrets.")
    @ApiResponse(responseCode = "200", description = "the endpoints")
    List<WebhookView> list() {
        return webhooks.endpoints().stream().map(WebhookView::of).toList();
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook endpoint and its delivery log (admin)",
            description = "Nothing more is delivered to it, and its log is gone. 404 for an unknown id.")
    @ApiResponse(responseCode = "204", description = "deleted")
    @ProblemResponses.NotFound
    void delete(@WebhookId @PathVariable String id) {
        if (!webhooks.delete(id(id))) {
            throw notFound(id);
        }
    }

    @Post("/{id}/rotate-secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Give a webhook endpoint a new secret (admin)",
            description = "The old secret stops signing at once; the new one is shown only in this answer.")
    @ApiResponse(responseCode = "200", description = "the endpoint with its new secret")
    @ProblemResponses.NotFound
    WebhookSecretView rotateSecret(@WebhookId @PathVariable String id) {
        return webhooks.rotateSecret(id(id)).map(WebhookSecretView::of).orElseThrow(() -> notFound(id));
    }

    @Get("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "A webhook endpoint's delivery log (admin)",
            description = "Every attempt, newest first: the event, the attempt's number, delivered or failed, "
                    + "what the endpoint answered and when. 422 for a malformed cursor or limit.")
    @ApiResponse(responseCode = "200", description = "a page of attempts")
    @ProblemResponses.NotFound
    @ProblemResponses.Unprocessable
    DeliveryPage deliveries(@WebhookId @PathVariable String id,
                            @QueryParameters.Cursor @Nullable @QueryValue String cursor,
                            @QueryParameters.Limit @QueryValue(defaultValue = "50") int limit) {
        Optional<Page<bankcore.core.domain.WebhookDelivery>> page = webhooks.deliveries(id(id),
                Optional.ofNullable(cursor), limit);
        return DeliveryPage.of(page.orElseThrow(() -> notFound(id)));
    }

    /** An id that is no number names no endpoint: 404, like an unknown one. */
    private static long id(String text) {
        if (!ID.matcher(text).matches()) {
            throw notFound(text);
        }
        return Long.parseLong(text);
    }

    private static ProblemException notFound(String id) {
        return new ProblemException(ProblemKind.NOT_FOUND, "Webhook endpoint " + id + " does not exist");
    }

    private static URI uri(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException malformed) {
            throw Refusal.INVALID_ARGUMENT.because("url is not a URL: " + malformed.getMessage());
        }
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
    @Parameter(name = "id", in = ParameterIn.PATH, required = true, description = "the webhook endpoint's id",
            schema = @Schema(type = "integer", format = "int64", example = "1"))
    @interface WebhookId {
    }
}
