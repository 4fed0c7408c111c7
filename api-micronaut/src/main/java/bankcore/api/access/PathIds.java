package bankcore.api.access;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How the document types the ids in paths. They bind to {@code String} on purpose (see {@link Ids}: text
 * that cannot be an id names nothing, 404), but a client should send what the bodies carry: an int64 for
 * users and accounts, a UUID for transfers.
 */
public final class PathIds {

    private PathIds() {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
    @Parameter(name = "id", in = ParameterIn.PATH, required = true, description = "the account's id",
            schema = @Schema(type = "integer", format = "int64", example = "7"))
    public @interface AccountId {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
    @Parameter(name = "id", in = ParameterIn.PATH, required = true, description = "the user's id",
            schema = @Schema(type = "integer", format = "int64", example = "3"))
    public @interface UserId {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
    @Parameter(name = "id", in = ParameterIn.PATH, required = true, description = "the transfer's id",
            schema = @Schema(type = "string", format = "uuid", example = "0b8f2f3e-6c1d-4a61-9a43-8f0e7b7f2a10"))
    public @interface TransferId {
    }
}
