package dev.contextpack.write;

import dev.contextpack.render.PackFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nothing is written or deleted outside the output directory: not through {@code ..}, not through symbolic links. */
class PathSafetyTest {

    @TempDir
    Path base;

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void pathsThatLeaveTheDirectoryAreRefusedBeforeAnythingIsWritten() throws IOException {
        Path out = base.resolve("pack");
        for (String bad : List.of("../x.md", "entities/../../x.md", "/etc/x.md", "..", "entities\\..\\..\\x.md", "C:/x.md", "a//b.md", "./x.md",
                "", PackWriter.MANIFEST, PackLock.FILE)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new PackWriter().write(out, List.of(new PackFile("README.md", "ok\n"), new PackFile(bad, "evil\n"))), bad);
            assertTrue(e.getMessage().contains("'" + bad + "'") && e.getMessage().contains("Nothing was written"), e.getMessage());
        }
        assertFalse(Files.exists(out), "not even the output directory was created");
        try (var all = Files.list(base)) {
            assertEquals(List.of(), all.toList());
        }
    }

    @Test
    void aConfiguredPathWithDotDotIsTheDirectoryItNames() throws IOException {
        Path configured = base.resolve("module/target/../../pack");

        new PackWriter().write(configured, List.of(new PackFile("README.md", "ok\n")));

        assertEquals("ok\n", Files.readString(base.resolve("pack/README.md")));
        assertFalse(Files.exists(base.resolve("module")), "no directory is created on the way");
    }

    @Test
    void aSymbolicLinkToADirectoryOutsideIsNeitherWrittenThroughNorDeletedThrough() throws Exception {
        Path outside = Files.createDirectories(base.resolve("outside"));
        Files.writeString(outside.resolve("Old.md"), "old page\n");
        Files.writeString(outside.resolve("E0.md"), "precious\n");
        Path out = Files.createDirectories(base.resolve("pack"));
        Files.createSymbolicLink(out.resolve("entities"), outside);
        // a manifest (from the repository, so untrusted) claims the page behind the link
        Files.writeString(out.resolve(PackWriter.MANIFEST), sha256("old page\n") + "  entities/Old.md\n");

        WriteReport report = new PackWriter().write(out, List.of(new PackFile("README.md", "ok\n"), new PackFile("entities/E0.md", "generated\n")));

        assertEquals("precious\n", Files.readString(outside.resolve("E0.md")));
        assertEquals("old page\n", Files.readString(outside.resolve("Old.md")), "not deleted through the link");
        assertEquals(List.of("README.md"), report.written());
        assertTrue(report.kept().stream().anyMatch(k -> k.startsWith("entities/E0.md") && k.contains("symbolic link")), report.kept()::toString);
        assertTrue(Files.isSymbolicLink(out.resolve("entities")), "the user's link stays");
    }

    @Test
    void aSymbolicLinkInPlaceOfAPageIsLeftAndItsTargetUntouched() throws Exception {
        Path secret = Files.writeString(base.resolve("secret.txt"), "do not touch\n");
        Path out = Files.createDirectories(base.resolve("pack"));
        new PackWriter().write(out, List.of(new PackFile("README.md", "v1\n"), new PackFile("gone.md", "gone\n")));
        Files.delete(out.resolve("README.md"));
        Files.createSymbolicLink(out.resolve("README.md"), secret);
        Files.delete(out.resolve("gone.md"));
        Files.createSymbolicLink(out.resolve("gone.md"), secret);

        WriteReport report = new PackWriter().write(out, List.of(new PackFile("README.md", "v2\n")));

        assertEquals("do not touch\n", Files.readString(secret));
        assertTrue(Files.isSymbolicLink(out.resolve("README.md")));
        assertTrue(Files.isSymbolicLink(out.resolve("gone.md")), "a stale entry that is now a link is not deleted");
        assertEquals(List.of(), report.written());
        assertEquals(List.of(), report.deleted());
    }

    @Test
    void theOutputDirectoryMayItselfBeALinkTheUserConfigured() throws IOException {
        Path real = Files.createDirectories(base.resolve("docs/pack"));
        Path link = Files.createSymbolicLink(base.resolve("context-pack"), real);

        new PackWriter().write(link, List.of(new PackFile("README.md", "ok\n")));

        assertEquals("ok\n", Files.readString(real.resolve("README.md")));
        assertEquals(Map.of("README.md", PackWriter.fingerprint("ok\n".getBytes(StandardCharsets.UTF_8))), PackWriter.readManifest(real));
    }
}
