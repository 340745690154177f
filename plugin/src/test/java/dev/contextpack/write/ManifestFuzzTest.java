package dev.contextpack.write;

import dev.contextpack.render.PackFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The manifest is a file in the repository: anyone can change it. Random manifests (seeded, so a
 * failure replays) never make the writer fail, touch a file outside the pack, or delete a file
 * that is not exactly what the plugin wrote.
 */
class ManifestFuzzTest {

    private static final List<PackFile> PACK = List.of(new PackFile("README.md", "# pack\n"), new PackFile("entities/A.md", "# A\n"));

    @Test
    void randomManifestsNeverBreakTheWriterOrReachOutsideThePack(@TempDir Path base) throws Exception {
        Path outside = Files.writeString(base.resolve("outside.txt"), "precious\n");
        String outsideHash = PackWriter.fingerprint("precious\n".getBytes(StandardCharsets.UTF_8));
        String[] paths = {"../outside.txt", "/" + outside.toString().substring(1), "entities/../../outside.txt", "entities/A.md", "README.md",
                "mine.md", "entities\\..\\..\\outside.txt", "", " ", "..", ".", "entities/", "a\0b", "é/ü.md", "x".repeat(300), PackLock.FILE,
                PackWriter.MANIFEST};
        Random random = new Random(42);
        for (int round = 0; round < 80; round++) {
            Path out = Files.createDirectories(base.resolve("r" + round));
            Files.writeString(out.resolve("mine.md"), "hand-written\n");
            StringBuilder manifest = new StringBuilder();
            int lines = random.nextInt(12);
            for (int i = 0; i < lines; i++) {
                switch (random.nextInt(5)) {
                    case 0 -> manifest.append(outsideHash).append("  ").append(paths[random.nextInt(paths.length)]);
                    case 1 -> manifest.append(PackWriter.fingerprint("hand-written\n".getBytes(StandardCharsets.UTF_8))).append(" ")
                            .append(random.nextBoolean() ? " " : "").append("mine.md");
                    case 2 -> {
                        byte[] noise = new byte[random.nextInt(80)];
                        random.nextBytes(noise);
                        manifest.append(new String(noise, StandardCharsets.ISO_8859_1));
                    }
                    case 3 -> manifest.append("#").append(paths[random.nextInt(paths.length)]);
                    default -> manifest.append("  ").append(paths[random.nextInt(paths.length)]);
                }
                manifest.append(random.nextBoolean() ? "\n" : "\r\n");
            }
            Files.write(out.resolve(PackWriter.MANIFEST), manifest.toString().getBytes(StandardCharsets.ISO_8859_1));
            try {
                new PackWriter().write(out, PACK);
            } catch (RuntimeException e) {
                fail("round " + round + " with manifest " + manifest.toString().replace("\n", "\\n") + ": " + e, e);
            }
            assertEquals("precious\n", Files.readString(outside), "round " + round);
            boolean claimedAsGenerated = manifest.toString().contains("  mine.md");
            // mine.md is deleted only when the manifest claims it with its exact hash; anything else keeps it
            assertTrue(Files.exists(out.resolve("mine.md")) || claimedAsGenerated, "round " + round);
            assertEquals("# A\n", Files.readString(out.resolve("entities/A.md")));
        }
    }
}
