package dev.contextpack.extract;

import java.util.regex.Pattern;

/** Java type names as a reader writes them: the packages everyone knows are left out. */
final class JavaTypes {

    private static final Pattern WELL_KNOWN = Pattern.compile("\\bjava\\.(?:lang|util|time|math)\\.(?=[A-Z])");

    private JavaTypes() {
    }

    static String simplify(String type) {
        return type == null ? null : WELL_KNOWN.matcher(type).replaceAll("");
    }
}
