package dev.contextpack.model;

/**
 * Where a class of an aggregated (multi-module) pack lives in the build, so an agent knows which
 * module to edit. Absent from single-module packs, where the pack's own module says it.
 *
 * @param artifactId the Maven module's artifactId
 * @param directory the module's directory relative to the build's top directory ({@code .} for the top one)
 * @param source the class's source file relative to the build's top directory; null when no source root of the
 *        module holds a {@code .java} file of that name (generated code, Kotlin)
 * @param provenance {@code config}: read from the Maven build (the module whose output directory holds the class file)
 */
public record SourceModule(String artifactId, String directory, String source, Provenance provenance) {
}
