package dev.contextpack.maven;

import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** When the site gets no data model page: skipped, a pom module, classes not compiled. */
class ReportMojoTest {

    @TempDir
    Path dir;

    private ReportMojo mojo(String packaging, File classes) throws ReflectiveOperationException {
        Model model = new Model();
        model.setArtifactId("m");
        model.setPackaging(packaging);
        model.setBuild(new Build());
        ReportMojo mojo = new ReportMojo();
        set(mojo, "project", new MavenProject(model));
        set(mojo, "classesDirectory", classes);
        set(mojo, "suppressionFile", dir.resolve("none.yaml").toFile());
        return mojo;
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                f.set(target, value);
                return;
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        throw new NoSuchFieldException(name);
    }

    @Test
    void skippedByEitherSwitch() throws Exception {
        ReportMojo report = mojo("jar", dir.toFile());
        set(report, "reportSkip", true);
        assertFalse(report.canGenerateReport());
        ReportMojo all = mojo("jar", dir.toFile());
        set(all, "skip", true);
        assertFalse(all.canGenerateReport());
    }

    @Test
    void aPomModuleOrMissingClassesGetNoPage() throws Exception {
        assertFalse(mojo("pom", dir.toFile()).canGenerateReport());
        assertFalse(mojo("jar", dir.resolve("target/classes").toFile()).canGenerateReport());
    }
}
