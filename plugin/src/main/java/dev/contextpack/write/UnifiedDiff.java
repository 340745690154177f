package dev.contextpack.write;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified-style diff of two texts, line by line, with a few lines of context around each change.
 * Common leading and trailing lines are cut first; the middle is compared with a longest common
 * subsequence when it is small enough, else shown as removed then added (bounded memory on huge
 * files, still a correct description of the difference).
 */
public final class UnifiedDiff {

    static final int CONTEXT = 2;
    /** Above this many cells the middle is not aligned line by line (about 16 MB of ints). */
    static final long MAX_CELLS = 4_000_000L;

    private UnifiedDiff() {
    }

    /**
     * The hunks that turn {@code before} into {@code after} ({@code -} removed, {@code +} added, space
     * context), with {@code @@ -a,b +c,d @@} headers; empty when the texts have the same lines.
     * Line ends are not part of the comparison: CRLF and LF text are equal.
     */
    public static List<String> diff(String before, String after) {
        String[] a = lines(before);
        String[] b = lines(after);
        int prefix = 0;
        while (prefix < a.length && prefix < b.length && a[prefix].equals(b[prefix])) prefix++;
        int suffix = 0;
        while (suffix < a.length - prefix && suffix < b.length - prefix
                && a[a.length - 1 - suffix].equals(b[b.length - 1 - suffix])) suffix++;
        // one op per line of the aligned texts: ' ', '-' (a only) or '+' (b only); index into a and b
        List<int[]> ops = new ArrayList<>();
        for (int i = 0; i < prefix; i++) ops.add(new int[] {' ', i, i});
        middle(a, b, prefix, a.length - suffix, prefix, b.length - suffix, ops);
        for (int k = suffix; k > 0; k--) ops.add(new int[] {' ', a.length - k, b.length - k});
        return hunks(ops, a, b);
    }

    private static void middle(String[] a, String[] b, int a0, int a1, int b0, int b1, List<int[]> ops) {
        int n = a1 - a0;
        int m = b1 - b0;
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            for (int i = a0; i < a1; i++) ops.add(new int[] {'-', i, -1});
            for (int j = b0; j < b1; j++) ops.add(new int[] {'+', -1, j});
            return;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[a0 + i].equals(b[b0 + j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[a0 + i].equals(b[b0 + j])) {
                ops.add(new int[] {' ', a0 + i++, b0 + j++});
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                // removals before additions, as diff prints them
                ops.add(new int[] {'-', a0 + i++, -1});
            } else {
                ops.add(new int[] {'+', -1, b0 + j++});
            }
        }
    }

    private static List<String> hunks(List<int[]> ops, String[] a, String[] b) {
        List<String> out = new ArrayList<>();
        int k = 0;
        while (k < ops.size()) {
            if (ops.get(k)[0] == ' ') {
                k++;
                continue;
            }
            int start = Math.max(0, k - CONTEXT);
            // extend while the next change is within 2 * CONTEXT lines of context
            int end = k;
            int last = k;
            while (end < ops.size()) {
                if (ops.get(end)[0] != ' ') last = end;
                else if (end - last > 2 * CONTEXT) break;
                end++;
            }
            end = Math.min(ops.size(), last + CONTEXT + 1);
            int aStart = -1;
            int bStart = -1;
            int aCount = 0;
            int bCount = 0;
            List<String> body = new ArrayList<>();
            for (int x = start; x < end; x++) {
                int[] op = ops.get(x);
                if (op[1] >= 0) {
                    if (aStart < 0) aStart = op[1];
                    aCount++;
                }
                if (op[2] >= 0) {
                    if (bStart < 0) bStart = op[2];
                    bCount++;
                }
                body.add((char) op[0] + (op[1] >= 0 ? a[op[1]] : b[op[2]]));
            }
            out.add("@@ -" + range(aStart, aCount, start, ops, true) + " +" + range(bStart, bCount, start, ops, false) + " @@");
            out.addAll(body);
            k = end;
        }
        return out;
    }

    /** Unified diff ranges are 1-based; an empty range names the line before it. */
    private static String range(int first, int count, int start, List<int[]> ops, boolean left) {
        if (count == 0) {
            int before = 0;
            for (int x = start - 1; x >= 0; x--) {
                int line = ops.get(x)[left ? 1 : 2];
                if (line >= 0) {
                    before = line + 1;
                    break;
                }
            }
            return before + ",0";
        }
        return (first + 1) + (count == 1 ? "" : "," + count);
    }

    private static String[] lines(String text) {
        if (text.isEmpty()) return new String[0];
        String normalized = text.replace("\r\n", "\n");
        if (normalized.endsWith("\n")) normalized = normalized.substring(0, normalized.length() - 1);
        return normalized.split("\n", -1);
    }
}
