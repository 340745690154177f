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

    /** Converts a class file as it loads (javax.persistence to jakarta.persistence); returns the same array when nothing changes. */
    @FunctionalInterface
    public interface Transformer {
        byte[] transform(String path, byte[] bytes) throws IOException;
    }

    private final Transformer transformer;

    public ProjectClassLoader(List<Path> classpath, ClassLoader pluginLoader) {
        this(classpath, pluginLoader, null);
    }

    /** @param transformer applied to every class the project's jars define; null: none */
    public ProjectClassLoader(List<Path> classpath, ClassLoader pluginLoader, Transformer transformer) {
        super("context-pack-project", urls(classpath), new SharedApiLoader(pluginLoader));
        this.transformer = transformer;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (transformer == null) return super.findClass(name);
        String path = name.replace('.', '/') + ".class";
        URL url = findResource(path);
        if (url == null) throw new ClassNotFoundException(name);
        byte[] bytes;
        byte[] converted;
        try (java.io.InputStream in = url.openStream()) {
            bytes = in.readAllBytes();
            converted = transformer.transform(path, bytes);
        } catch (IOException | RuntimeException e) {
            throw new ClassNotFoundException(name + ": cannot convert " + url + " from javax.persistence to jakarta.persistence (" + e + ")", e);
        }
        if (converted == bytes) return super.findClass(name);
        int dot = name.lastIndexOf('.');
        if (dot > 0 && getDefinedPackage(name.substring(0, dot)) == null) {
            try {
                definePackage(name.substring(0, dot), null, null, null, null, null, null, null);
            } catch (IllegalArgumentException definedMeanwhile) {
                // another thread defined it first
            }
        }
        return defineClass(name, converted, 0, converted.length, new java.security.CodeSource(codeSource(url), (java.security.CodeSigner[]) null));
    }

    /** The jar or directory a class came from, as URLClassLoader gives it (Spring reads it for versions and locations). */
    private static URL codeSource(URL resource) {
        String text = resource.toString();
        int bang = text.indexOf("!/");
        try {
            return text.startsWith("jar:") && bang > 0 ? new URL(text.substring(4, bang)) : resource;
        } catch (MalformedURLException e) {
            return resource;
        }
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
