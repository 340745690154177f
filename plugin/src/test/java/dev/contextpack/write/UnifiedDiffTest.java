package dev.contextpack.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    @Test
    void equalTextsHaveNoHunkAndCrlfEqualsLf() {
        assertEquals(List.of(), UnifiedDiff.diff("a\nb\n", "a\nb\n"));
        assertEquals(List.of(), UnifiedDiff.diff("a\r\nb\r\n", "a\nb\n"));
    }

    @Test
    void aChangedLineIsShownWithTwoLinesOfContextAndOneBasedRanges() {
        String before = "1\n2\n3\n4\n5\n6\n7\n";
        String after = "1\n2\n3\nfour\n5\n6\n7\n";
        assertEquals(List.of("@@ -2,5 +2,5 @@", " 2", " 3", "-4", "+four", " 5", " 6"), UnifiedDiff.diff(before, after));
    }

    @Test
    void distantChangesGiveSeparateHunksAndNearOnesOne() {
        String before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n";
        List<String> far = UnifiedDiff.diff(before, "A\nb\nc\nd\ne\nf\ng\nh\ni\nJ\n");
        assertEquals(List.of("@@ -1,3 +1,3 @@", "-a", "+A", " b", " c", "@@ -8,3 +8,3 @@", " h", " i", "-j", "+J"), far);
        List<String> near = UnifiedDiff.diff(before, "A\nb\nc\nd\nE\nf\ng\nh\ni\nj\n");
        assertEquals("@@ -1,7 +1,7 @@", near.get(0));
        assertEquals(1, near.stream().filter(l -> l.startsWith("@@")).count());
    }

    @Test
    void insertionsAndDeletionsNameTheLineBeforeWhenARangeIsEmpty() {
        assertEquals(List.of("@@ -1,2 +1,3 @@", " a", "+x", " b"), UnifiedDiff.diff("a\nb\n", "a\nx\nb\n"));
        assertEquals(List.of("@@ -0,0 +1 @@", "+x"), UnifiedDiff.diff("", "x\n"));
        assertEquals(List.of("@@ -1,2 +0,0 @@", "-x", "-y"), UnifiedDiff.diff("x\ny\n", ""));
    }

    @Test
    void aHugeMiddleIsShownAsRemovedThenAddedWithoutAligning() {
        StringBuilder a = new StringBuilder("head\n");
        StringBuilder b = new StringBuilder("head\n");
        for (int i = 0; i < 2500; i++) {
            a.append("a").append(i).append('\n');
            b.append("b").append(i).append('\n');
        }
        List<String> diff = UnifiedDiff.diff(a.toString(), b.toString());
        assertEquals("@@ -1,2501 +1,2501 @@", diff.get(0));
        assertEquals(" head", diff.get(1));
        assertEquals("-a0", diff.get(2));
        assertEquals("+b0", diff.get(2502));
        assertEquals(1 + 1 + 5000, diff.size());
    }
}
