package bankcore.api.json;

import io.micronaut.core.type.Argument;

/** A property's name as it appears in the JSON (snake_case, as application.yml has Serde write and read it). */
final class JsonNames {

    private JsonNames() {
    }

    static String of(Argument<?> property) {
        String name = property.getName();
        StringBuilder snake = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                snake.append('_').append(Character.toLowerCase(c));
            } else {
                snake.append(c);
            }
        }
        return snake.toString();
    }
}
