package dev.contextpack.write;

import java.util.ArrayList;
import java.util.List;

/**
 * How the files on disk differ from the pack that would be generated now; found by
 * {@link PackWriter#compare}, which never writes. Paths are relative to the output directory.
 *
 * @param changed files whose text differs, with the diff from the file on disk to the regenerated text
 * @param missing files the pack would have that are not on disk
 * @param extra files a regeneration would delete (listed in the manifest, no longer generated)
 */
public record Drift(List<Change> changed, List<String> missing, List<String> extra) {

    /** A file whose text differs: {@code diff} turns the text on disk into the regenerated one. */
    public record Change(String path, List<String> diff) {
    }

    /** The same drift with {@code prefix} before every path (the output directory as seen from the build's top directory). */
    public Drift prefixed(String prefix) {
        return new Drift(changed.stream().map(c -> new Change(prefix + c.path(), c.diff())).toList(),
                missing.stream().map(p -> prefix + p).toList(), extra.stream().map(p -> prefix + p).toList());
    }

    /** Both drifts, this one's files first. */
    public Drift plus(Drift other) {
        List<Change> c = new ArrayList<>(changed);
        c.addAll(other.changed);
        List<String> m = new ArrayList<>(missing);
        m.addAll(other.missing);
        List<String> e = new ArrayList<>(extra);
        e.addAll(other.extra);
        return new Drift(List.copyOf(c), List.copyOf(m), List.copyOf(e));
    }

    public boolean isEmpty() {
        return changed.isEmpty() && missing.isEmpty() && extra.isEmpty();
    }

    public int fileCount() {
        return changed.size() + missing.size() + extra.size();
    }

    /**
     * A readable report, at most {@code maxLines} lines of diff in all (the rest is counted, not
     * shown); {@code prefix} is put before each path (the output directory relative to the project).
     */
    public List<String> describe(String prefix, int maxLines) {
        List<String> out = new ArrayList<>();
        for (String path : missing) out.add("missing: " + prefix + path + " (not on disk; the regenerated pack has it)");
        for (String path : extra) out.add("extra:   " + prefix + path + " (no longer generated; regenerating deletes it)");
        int budget = maxLines;
        int hidden = 0;
        for (Change change : changed) {
            out.add("changed: " + prefix + change.path());
            // the manifest's hashes change with the files: its diff says nothing more
            if ((change.path().equals(PackWriter.MANIFEST) || change.path().endsWith("/" + PackWriter.MANIFEST)) && changed.size() + missing.size() + extra.size() > 1) continue;
            if (budget <= 0) {
                hidden += change.diff().size();
                continue;
            }
            out.add("--- " + prefix + change.path() + " (committed)");
            out.add("+++ " + prefix + change.path() + " (regenerated)");
            for (String line : change.diff()) {
                if (budget-- > 0) out.add(line);
                else hidden++;
            }
        }
        if (hidden > 0) out.add("... " + hidden + " more diff lines not shown.");
        return out;
    }
}
