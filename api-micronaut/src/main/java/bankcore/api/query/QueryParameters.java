package bankcore.api.query;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The query parameters that pages and time ranges share, documented once. */
public final class QueryParameters {

    private QueryParameters() {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
    @Parameter(name = "limit", in = ParameterIn.QUERY, required = false, description = "items per page, 1 to 200",
            schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "200", defaultValue = "50"))
    public @interface Limit {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
    @Parameter(name = "cursor", in = ParameterIn.QUERY, required = false,
            description = "the next_cursor of the previous page; absent for the first page",
            schema = @Schema(type = "string", example = "42"))
    public @interface Cursor {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
    @Parameter(name = "from", in = ParameterIn.QUERY, required = false,
            description = "RFC 3339 instant, inclusive: only what was posted at or after it",
            schema = @Schema(type = "string", format = "date-time", example = "2026-03-01T00:00:00Z"))
    public @interface From {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
    @Parameter(name = "to", in = ParameterIn.QUERY, required = false,
            description = "RFC 3339 instant, exclusive: only what was posted before it",
            schema = @Schema(type = "string", format = "date-time", example = "2026-04-01T00:00:00Z"))
    public @interface To {
    }
}
