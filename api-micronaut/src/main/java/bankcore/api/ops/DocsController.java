package bankcore.api.ops;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;

/** {@code /docs} (the seed's address) and {@code /swagger-ui} both lead to the Swagger UI page. */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
final class DocsController {

    private static final URI SWAGGER_UI = URI.create("/swagger-ui/index.html");

    @Get("/docs")
    HttpResponse<?> docs() {
        return HttpResponse.seeOther(SWAGGER_UI);
    }

    @Get("/swagger-ui")
    HttpResponse<?> swaggerUi() {
        return HttpResponse.seeOther(SWAGGER_UI);
    }
}
