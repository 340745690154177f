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
            if (change.path().equals(PackWriter.MANIFEST) && changed.size() + missing.size() + extra.size() > 1) continue;
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
