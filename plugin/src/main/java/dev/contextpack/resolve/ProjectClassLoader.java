package dev.contextpack.resolve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's classes and dependencies, isolated from the plugin. Exactly two things come from
 * the plugin, so that the project's classes and the plugin's Hibernate agree on them:
 * {@code jakarta.persistence.*} (two copies would make Hibernate see no annotations) and
 * {@code org.hibernate.*} classes that the plugin's hibernate-core has (and the JAXB it parses
 * orm.xml with). Everything else, including
 * Hibernate Validator, Envers and Spring, comes from the project.
 */
public final class ProjectClassLoader extends URLClassLoader {

    static {
        registerAsParallelCapable();
    }

    public ProjectClassLoader(List<Path> classpath, ClassLoader pluginLoader) {
        super("context-pack-project", urls(classpath), new SharedApiLoader(pluginLoader));
    }

    /** The project's copies of the shared jars are left out, so their service files do not register twice. */
    static boolean isSharedJar(Path element) {
        String name = element.getFileName() == null ? "" : element.getFileName().toString();
        return name.startsWith("hibernate-core-") || name.startsWith("jakarta.persistence-api-");
    }

    private static URL[] urls(List<Path> classpath) {
        List<URL> urls = new ArrayList<>();
        for (Path element : classpath) {
            if (isSharedJar(element)) continue;
            try {
                urls.add(element.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(new IOException("Bad class path element " + element, e));
            }
        }
        return urls.toArray(URL[]::new);
    }

    /** Parent of the project loader: the JDK, plus JPA and Hibernate ORM from the plugin. */
    private static final class SharedApiLoader extends ClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final ClassLoader pluginLoader;

        SharedApiLoader(ClassLoader pluginLoader) {
            super("context-pack-shared", ClassLoader.getPlatformClassLoader());
            this.pluginLoader = pluginLoader;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            // JAXB too: Hibernate parses orm.xml with the plugin's JAXB, whose factory is looked up
            // through the context class loader (the project's) during the boot.
            if (name.startsWith("jakarta.persistence.") || name.startsWith("org.hibernate.")
                    || name.startsWith("jakarta.xml.bind.") || name.startsWith("org.glassfish.jaxb.")) {
                return pluginLoader.loadClass(name);
            }
            throw new ClassNotFoundException(name);
        }
    }
}
