package dev.contextpack.engine;

import dev.contextpack.resolve.Overrides;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything the engine needs, in plain JDK types: no Maven API, so a command line or another
 * build tool can drive it too.
 *
 * @param classesDirectory the module's compiled classes (scanned)
 * @param classpath the module's runtime class path, classes directory included (loaded in isolation)
 * @param outputDirectory where the pack is written
 * @param templateDirectory user templates that override the bundled ones file by file; may be null
 * @param packages limit scanning to these packages (and their subpackages); empty: all
 * @param module the module's name, shown in the pack
 * @param regenerateCommand the command written into every file's header
 */
public record GenerateRequest(
        Path classesDirectory,
        List<Path> classpath,
        Path outputDirectory,
        Path templateDirectory,
        List<String> packages,
        Overrides overrides,
        String module,
        String regenerateCommand) {
}
