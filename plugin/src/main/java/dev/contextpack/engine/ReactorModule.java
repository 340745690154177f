package dev.contextpack.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * One module of a multi-module build, as the aggregated pack reads it.
 *
 * @param artifactId the module's artifactId
 * @param directory the module's directory relative to the build's top directory, with {@code /}; {@code .} for the top one
 * @param classesDirectory its compiled classes and resources
 * @param sourceRoots its Java source directories (absolute), where the pack looks up each class's source file
 */
public record ReactorModule(String artifactId, String directory, Path classesDirectory, List<Path> sourceRoots) {
}
