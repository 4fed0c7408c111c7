package bankcore.api.view;

import bankcore.core.domain.Page;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** A cursor page: pass {@code next_cursor} back as {@code cursor} for the next one; null on the last page. */
@Serdeable
@Schema(name = "Page")
public record PageView<T>(
        List<T> items,
        @Schema(nullable = true, example = "42") String nextCursor) {

    public static <S, T> PageView<T> of(Page<S> page, Function<S, T> view) {
        return new PageView<>(page.items().stream().map(view).toList(), page.nextCursor().orElse(null));
    }
}
