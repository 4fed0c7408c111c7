package bankcore.docs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the type declarations of a PlantUML class diagram: which types it draws, in which package,
 * with which members. It understands the subset this project writes: {@code package a.b.c {}},
 * {@code class|interface|enum|abstract class|annotation Name} with an optional body, and
 * {@code class "Outer.Inner" as Alias} for a nested type.
 */
final class ClassDiagramDeclarations {

    /** A type the diagram draws: its Java binary name and the member names listed in its body. */
    record DrawnType(String binaryName, List<String> members) {
    }

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*\\{\\s*$");
    private static final Pattern TYPE = Pattern.compile(
            "^(?:abstract\\s+class|abstract|class|interface|enum|annotation)\\s+"
                    + "(?:\"([\\w.]+)\"\\s+as\\s+\\w+|(\\w+))" // a quoted nested name with an alias, or a plain name
                    + "[^{]*?(\\{\\s*}?)?\\s*$");
    private static final Pattern MEMBER_NAME = Pattern.compile("(\\w+)\\s*(?:\\(|:|$)");

    private ClassDiagramDeclarations() {
    }

    static List<DrawnType> of(String source) {
        List<DrawnType> types = new ArrayList<>();
        Deque<String> packages = new ArrayDeque<>();
        DrawnType open = null;
        for (String rawLine : source.split("\\R")) {
            String line = rawLine.strip();
            if (open != null) {
                if (line.equals("}")) {
                    open = null;
                } else if (isMember(line)) {
                    open.members().add(memberName(line));
                }
                continue;
            }
            Matcher pkg = PACKAGE.matcher(line);
            Matcher type = TYPE.matcher(line);
            if (pkg.matches()) {
                packages.push(pkg.group(1));
            } else if (line.equals("}") && !packages.isEmpty()) {
                packages.pop();
            } else if (type.matches()) {
                String simple = type.group(1) != null ? type.group(1).replace('.', '$') : type.group(2);
                String prefix = packages.isEmpty() ? "" : packages.peek() + ".";
                DrawnType drawn = new DrawnType(prefix + simple, new ArrayList<>());
                types.add(drawn);
                boolean bodyOpens = type.group(3) != null && !type.group(3).contains("}");
                open = bodyOpens ? drawn : null;
            }
        }
        return types;
    }

    /** Separator lines ({@code --}, {@code ..}, {@code ==}) and comments are not members. */
    private static boolean isMember(String line) {
        return !line.isEmpty() && !line.startsWith("--") && !line.startsWith("..") && !line.startsWith("==")
                && !line.startsWith("'");
    }

    /** The name in {@code + transfer(Command) : Outcome}, {@code amountMinor : long} or {@code ACTIVE}. */
    private static String memberName(String line) {
        String withoutModifiers = line.replaceAll("\\{(static|abstract|field|method)}", "")
                .replaceFirst("^[+\\-#~]\\s*", "").strip();
        Matcher name = MEMBER_NAME.matcher(withoutModifiers);
        if (!name.find()) {
            throw new IllegalArgumentException("cannot read a member name in: " + line);
        }
        return name.group(1);
    }
}
