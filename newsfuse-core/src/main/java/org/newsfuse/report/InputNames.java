package org.newsfuse.report;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How reports name inputs: never by an absolute local path. An absolute input under the folder the
 * command ran in is shown relative to it; any other absolute input by its file name. A line or
 * record suffix ({@code :12}, {@code @4096}, {@code #3}) is kept; relative names stay as given.
 */
public final class InputNames {
    private static final Pattern SUFFIX = Pattern.compile("^(.*?)([:@#]\\d+)?$");

    private InputNames() {
    }

    /** The input as a report shows it, relative to {@code cwd}. */
    public static String display(String input, Path cwd) {
        if (input == null || !(input.startsWith("/") || input.startsWith("\\") || input.matches("^[A-Za-z]:[\\\\/].*"))) {
            return input;
        }
        Matcher m = SUFFIX.matcher(input);
        String path = input;
        String suffix = "";
        if (m.matches()) {
            path = m.group(1);
            suffix = m.group(2) == null ? "" : m.group(2);
        }
        try {
            Path p = Path.of(path).normalize();
            Path base = cwd.toAbsolutePath().normalize();
            if (p.startsWith(base) && !p.equals(base)) {
                return base.relativize(p).toString().replace('\\', '/') + suffix;
            }
            Path name = p.getFileName();
            return (name == null ? path : name.toString()) + suffix;
        } catch (InvalidPathException e) {
            String name = path.replaceAll(".*[/\\\\]", "");
            return name + suffix;
        }
    }

    /** The input as shown from the folder the process runs in. */
    public static String display(String input) {
        return display(input, Path.of("").toAbsolutePath());
    }
}
