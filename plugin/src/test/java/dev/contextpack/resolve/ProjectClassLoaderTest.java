package dev.contextpack.resolve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.OnDelete;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectClassLoaderTest {

    /** Copied into the project class path of a test; deliberately not an entity, so no scan picks it up. */
    @Table(name = "fixture_table")
    static class Fixture {
        @Column(name = "total")
        @Formula("price * quantity")
        long total;
    }

    @TempDir
    Path project;

    private final ClassLoader plugin = ProjectClassLoaderTest.class.getClassLoader();

    @Test
    void jpaAndHibernateClassesAreThePluginsOwn() throws Exception {
        try (ProjectClassLoader loader = new ProjectClassLoader(List.of(project), plugin)) {
            assertSame(Entity.class, loader.loadClass("jakarta.persistence.Entity"));
            assertSame(Table.class, Class.forName("jakarta.persistence.Table", false, loader));
            assertSame(Formula.class, loader.loadClass("org.hibernate.annotations.Formula"));
            assertSame(OnDelete.class, loader.loadClass("org.hibernate.annotations.OnDelete"));
            assertSame(org.hibernate.SessionFactory.class, loader.loadClass("org.hibernate.SessionFactory"));
            assertSame(String.class, loader.loadClass("java.lang.String"));
            assertSame(plugin.loadClass("jakarta.xml.bind.JAXBContext"), loader.loadClass("jakarta.xml.bind.JAXBContext"),
                    "Hibernate's orm.xml parsing needs the plugin's JAXB");
            assertNotNull(loader.loadClass("java.sql.Connection"), "the platform modules are visible");
        }
    }

    @Test
    void aProjectClassSeesThePluginsAnnotationTypes() throws Exception {
        String name = Fixture.class.getName();
        Path target = project.resolve(name.replace('.', '/') + ".class");
        Files.createDirectories(target.getParent());
        try (var in = plugin.getResourceAsStream(name.replace('.', '/') + ".class")) {
            assertNotNull(in);
            Files.write(target, in.readAllBytes());
        }

        try (ProjectClassLoader loader = new ProjectClassLoader(List.of(project), plugin)) {
            Class<?> loaded = Class.forName(name, false, loader);

            assertNotSame(Fixture.class, loaded, "the project's class comes from the project class path");
            assertSame(loader, loaded.getClassLoader());
            Table table = loaded.getAnnotation(Table.class);
            assertNotNull(table, "two copies of jakarta.persistence would hide the annotation");
            assertEquals("fixture_table", table.name());
            Formula formula = loaded.getDeclaredField("total").getAnnotation(Formula.class);
            assertNotNull(formula, "two copies of Hibernate would hide the annotation");
            assertEquals("price * quantity", formula.value());
            assertEquals("total", loaded.getDeclaredField("total").getAnnotation(Column.class).name());
        }
    }

    @Test
    void thePluginsOtherLibrariesAreNotVisible() throws Exception {
        // All of these are on the plugin's (and the test's) class path.
        assertNotNull(plugin.loadClass("com.fasterxml.jackson.databind.ObjectMapper"));
        assertNotNull(plugin.loadClass("freemarker.template.Configuration"));
        assertNotNull(plugin.loadClass("io.github.classgraph.ClassGraph"));
        try (ProjectClassLoader loader = new ProjectClassLoader(List.of(project), plugin)) {
            for (String name : List.of("com.fasterxml.jackson.databind.ObjectMapper", "freemarker.template.Configuration",
                    "io.github.classgraph.ClassGraph", "dev.contextpack.resolve.SettingsResolver",
                    "org.junit.jupiter.api.Test", "org.h2.Driver")) {
                assertThrows(ClassNotFoundException.class, () -> loader.loadClass(name), name);
                assertThrows(ClassNotFoundException.class, () -> Class.forName(name, false, loader), name);
            }
            assertNull(loader.getResource("com/fasterxml/jackson/databind/ObjectMapper.class"));
            assertNull(loader.getResource("org/h2/Driver.class"), "the plugin's drivers do not look like the project's");
        }
    }

    @Test
    void theProjectsCopiesOfTheSharedJarsAreDropped() throws Exception {
        Path classes = project.resolve("classes");
        Path core = project.resolve("hibernate-core-6.6.4.Final.jar");
        Path jpa = project.resolve("jakarta.persistence-api-3.1.0.jar");
        Path envers = project.resolve("hibernate-envers-6.6.4.Final.jar");
        Path spring = project.resolve("spring-boot-3.4.0.jar");
        try (ProjectClassLoader loader = new ProjectClassLoader(List.of(classes, core, jpa, envers, spring), plugin)) {
            URL[] urls = loader.getURLs();
            assertArrayEquals(new URL[] {classes.toUri().toURL(), envers.toUri().toURL(), spring.toUri().toURL()}, urls);
        }
        assertTrue(ProjectClassLoader.isSharedJar(core));
        assertTrue(ProjectClassLoader.isSharedJar(jpa));
        assertFalse(ProjectClassLoader.isSharedJar(envers));
        assertFalse(ProjectClassLoader.isSharedJar(Path.of("/repo/hibernate-core/classes")));
    }

    @Test
    void projectResourcesAreVisible() throws IOException {
        Path marker = project.resolve("org/postgresql/Driver.class");
        Files.createDirectories(marker.getParent());
        Files.write(marker, new byte[0]);
        try (ProjectClassLoader loader = new ProjectClassLoader(List.of(project), plugin)) {
            assertNotNull(loader.getResource("org/postgresql/Driver.class"));
        }
    }
}
