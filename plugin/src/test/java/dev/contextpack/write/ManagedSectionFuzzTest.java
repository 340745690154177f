package dev.contextpack.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * AGENTS.md is untrusted text: for any mix of hand lines, markers and broken markers, setting a
 * module's section either fails with a message naming the file and line, or keeps every hand line in
 * order, holds that section once, and is idempotent (seeded, so a failure repeats).
 */
class ManagedSectionFuzzTest {

    private static final String[] LINES = {"# Agents", "Hand text.", "", "- a rule", "<!-- a comment -->",
            "<!-- context-pack:begin module=a -->", "<!-- context-pack:end module=a -->",
            "<!-- context-pack:begin module=b -->", "<!-- context-pack:end module=b -->",
            "<!-- context-pack:begin module= -->", "<!-- context-pack:begin module=a", "<!-- context-pack:end -->",
            "generated line", "context-pack:begin module=a"};

    @Test
    void any_file_is_updated_safely_or_refused_with_file_and_line() {
        Random random = new Random(4242L);
        int applied = 0;
        int refused = 0;
        for (int i = 0; i < 2000; i++) {
            String eol = random.nextInt(4) == 0 ? "\r\n" : "\n";
            List<String> lines = new ArrayList<>();
            for (int n = random.nextInt(9); n > 0; n--) lines.add(LINES[random.nextInt(LINES.length)]);
            String text = String.join(eol, lines) + (random.nextBoolean() ? eol : "");
            String result;
            try {
                result = ManagedSection.apply("AGENTS.md", text, "a", "summary of a");
            } catch (ManagedSection.MarkerException e) {
                assertTrue(e.getMessage().matches("(?s)AGENTS\\.md:\\d+: .*The file was left unchanged: .*"), e.getMessage());
                refused++;
                continue;
            } catch (RuntimeException e) {
                fail("seed 4242, file " + text.replace("\n", "\\n") + ": " + e, e);
                return;
            }
            applied++;
            assertEquals(result, ManagedSection.apply("AGENTS.md", result, "a", "summary of a"), "not idempotent for " + text);
            assertEquals(1, count(result, ManagedSection.begin("a")), result);
            assertEquals(1, count(result, ManagedSection.end("a")), result);
            // every line outside a's old section is still there, in order
            List<String> outside = outsideSection(lines);
            List<String> after = List.of(result.replace("\r\n", "\n").split("\n", -1));
            int at = 0;
            for (String line : outside) {
                while (at < after.size() && !after.get(at).equals(line)) at++;
                assertTrue(at < after.size(), "lost the hand line '" + line + "' of " + text.replace("\n", "\\n") + " in " + result);
                at++;
            }
        }
        assertTrue(applied > 100 && refused > 100, "applied " + applied + ", refused " + refused);
    }

    private static List<String> outsideSection(List<String> lines) {
        List<String> outside = new ArrayList<>();
        boolean inside = false;
        for (String line : lines) {
            if (line.equals(ManagedSection.begin("a"))) inside = true;
            else if (line.equals(ManagedSection.end("a"))) inside = false;
            else if (!inside && !line.isEmpty()) outside.add(line);
        }
        return outside;
    }

    private static int count(String text, String marker) {
        int n = 0;
        for (int i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 1)) n++;
        return n;
    }
}
