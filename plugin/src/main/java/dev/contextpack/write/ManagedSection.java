package dev.contextpack.write;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a hand-written file (AGENTS.md, CLAUDE.md) that context-pack owns: the lines between
 * {@code <!-- context-pack:begin module=NAME -->} and {@code <!-- context-pack:end module=NAME -->}.
 * One section per module, so each module of a multi-module build writes only its own. Every byte
 * outside the markers is kept; broken markers are an error naming the line, and nothing is changed.
 */
public final class ManagedSection {

    private static final String PREFIX = "<!-- context-pack:";
    private static final Pattern MARKER = Pattern.compile("<!-- context-pack:(begin|end) module=([A-Za-z0-9._-]+) -->");

    private ManagedSection() {
    }

    /** Markers that cannot be read safely: the file is left as it is. */
    public static final class MarkerException extends IllegalArgumentException {
        public MarkerException(String message) {
            super(message);
        }
    }

    public static String begin(String module) {
        return "<!-- context-pack:begin module=" + module + " -->";
    }

    public static String end(String module) {
        return "<!-- context-pack:end module=" + module + " -->";
    }

    /** A well-formed section: the 0-based line numbers of its markers. */
    record Section(String module, int beginLine, int endLine) {
    }

    /**
     * The file's text with the section of {@code module} set to {@code body} (LF lines, without
     * markers): replaced in place, or appended after a blank line when absent, or removed with its
     * markers when {@code body} is null. {@code current} null: the file does not exist (the result is
     * the section alone; null when there is nothing to write). Lines added use the file's line ends.
     *
     * @throws MarkerException when a marker is broken; the message names the file, the line and the fix
     */
    public static String apply(String file, String current, String module, String body) {
        if (current == null) return body == null ? null : section(module, body, "\n");
        List<String> lines = splitKeepingEnds(current);
        List<Section> sections = parse(file, lines);
        String eol = current.contains("\r\n") ? "\r\n" : "\n";
        Section mine = sections.stream().filter(s -> s.module().equals(module)).findFirst().orElse(null);
        StringBuilder out = new StringBuilder();
        if (mine == null) {
            if (body == null) return current;
            // sections of several modules stay in module order, whichever module of a parallel build came first
            Section previous = sections.stream().filter(x -> x.module().compareTo(module) < 0).reduce((x, y) -> y).orElse(null);
            Section next = sections.stream().filter(x -> x.module().compareTo(module) > 0).findFirst().orElse(null);
            if (previous != null || next != null) {
                int at = previous != null ? previous.endLine() + 1 : next.beginLine();
                for (int i = 0; i < at; i++) out.append(lines.get(i));
                if (previous != null && !lines.get(at - 1).endsWith("\n")) out.append(eol);
                if (previous != null) out.append(eol);
                out.append(section(module, body, eol));
                if (previous == null) out.append(eol);
                for (int i = at; i < lines.size(); i++) out.append(lines.get(i));
                return out.toString();
            }
            out.append(current);
            if (!current.isEmpty()) {
                if (!current.endsWith("\n")) out.append(eol);
                if (!current.endsWith("\n\n") && !current.endsWith("\r\n\r\n")) out.append(eol);
            }
            return out.append(section(module, body, eol)).toString();
        }
        int start = mine.beginLine();
        int after = mine.endLine() + 1;
        // removing the section at the end of the file also removes the blank line that set it apart
        if (body == null && after == lines.size() && start > 0 && lines.get(start - 1).isBlank()) start--;
        for (int i = 0; i < start; i++) out.append(lines.get(i));
        if (body != null) {
            out.append(section(module, body, eol));
            // keep the line end the end marker had (none at the end of a file without a final newline)
            String endMarker = lines.get(mine.endLine());
            if (!endMarker.endsWith("\n")) out.setLength(out.length() - eol.length());
        } else if (after < lines.size() && lines.get(after).isBlank() && (mine.beginLine() == 0 || lines.get(mine.beginLine() - 1).isBlank())) {
            after++; // removing the section leaves one blank line, not two
        }
        for (int i = after; i < lines.size(); i++) out.append(lines.get(i));
        return out.toString();
    }

    /** The section's body as it is in the file (LF lines, no markers); null when the file has no section of this module. */
    public static String body(String file, String current, String module) {
        if (current == null) return null;
        List<String> lines = splitKeepingEnds(current);
        for (Section s : parse(file, lines)) {
            if (!s.module().equals(module)) continue;
            StringBuilder body = new StringBuilder();
            for (int i = s.beginLine() + 1; i < s.endLine(); i++) body.append(lines.get(i).replace("\r\n", "\n"));
            return body.toString();
        }
        return null;
    }

    static String section(String module, String body, String eol) {
        String text = body.endsWith("\n") || body.isEmpty() ? body : body + "\n";
        return (begin(module) + "\n" + text + end(module) + "\n").replace("\n", eol);
    }

    /** The sections of a file, checked: every begin has its end, none nested, none duplicated. */
    static List<Section> parse(String file, List<String> lines) {
        List<Section> sections = new ArrayList<>();
        String open = null;
        int openLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith(PREFIX)) continue;
            Matcher m = MARKER.matcher(line);
            if (!m.matches()) {
                throw broken(file, i, "`" + line + "` looks like a context-pack marker but is not one (expected `"
                        + begin("NAME") + "` or `" + end("NAME") + "`)", "correct it, or delete the section with both of its markers");
            }
            String kind = m.group(1);
            String module = m.group(2);
            if (kind.equals("begin")) {
                if (open != null) {
                    throw broken(file, i, "a begin marker for module " + module + " inside the section of module " + open
                            + " opened on line " + (openLine + 1) + " (sections cannot be nested)", "add the missing `" + end(open)
                            + "` before this line, or delete one of the sections with its markers");
                }
                for (Section s : sections) {
                    if (s.module().equals(module)) {
                        throw broken(file, i, "a second section for module " + module + " (the first is on lines " + (s.beginLine() + 1)
                                + "-" + (s.endLine() + 1) + ")", "delete one of the two sections with its markers");
                    }
                }
                open = module;
                openLine = i;
            } else {
                if (open == null) {
                    throw broken(file, i, "an end marker for module " + module + " without its begin marker",
                            "add `" + begin(module) + "` where the section starts, or delete this line");
                }
                if (!open.equals(module)) {
                    throw broken(file, i, "an end marker for module " + module + " while the section of module " + open
                            + " opened on line " + (openLine + 1) + " is open", "make the markers name the same module");
                }
                sections.add(new Section(module, openLine, i));
                open = null;
            }
        }
        if (open != null) {
            throw broken(file, openLine, "a begin marker for module " + open + " without its end marker",
                    "add `" + end(open) + "` where the section ends, or delete the begin marker");
        }
        return sections;
    }

    private static MarkerException broken(String file, int line, String what, String fix) {
        return new MarkerException(file + ":" + (line + 1) + ": " + what + ". The file was left unchanged: " + fix + ", then rebuild.");
    }

    static List<String> splitKeepingEnds(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) lines.add(text.substring(start));
        return lines;
    }
}
