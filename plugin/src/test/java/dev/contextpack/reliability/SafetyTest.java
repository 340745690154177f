package dev.contextpack.reliability;

import dev.contextpack.engine.ContextPackEngine;
import dev.contextpack.engine.EngineLog;
import dev.contextpack.engine.GenerateRequest;
import dev.contextpack.resolve.Overrides;
import dev.contextpack.scan.ClassScanner;
import dev.contextpack.scan.MethodBodies;
import dev.contextpack.scan.ScanResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** No static initializer runs while scanning, nothing goes to the network, no secret reaches the pack. */
class SafetyTest {

    private static final String XML_ENTITY = """
            package p;
            public class Stock { Long id; int quantity; }
            """;
    private static final String PERSISTENCE_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <persistence xmlns="https://jakarta.ee/xml/ns/persistence" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="https://jakarta.ee/xml/ns/persistence https://jakarta.ee/xml/ns/persistence/persistence_3_0.xsd"
                         version="3.0">
              <persistence-unit name="shop">
                <mapping-file>META-INF/orm.xml</mapping-file>
                <properties>
                  <property name="jakarta.persistence.jdbc.url" value="jdbc:postgresql://pu-admin:PU-PW-SECRET-1@db.example.com:5432/shop"/>
                  <property name="jakarta.persistence.jdbc.user" value="PU-USER-SECRET-2"/>
                  <property name="jakarta.persistence.jdbc.password" value="PU-PW-SECRET-3"/>
                  <property name="hibernate.connection.pwd" value="PU-PW-SECRET-4"/>
                  <property name="hibernate.search.backend.aws.credentials.secret_access_key" value="PU-AWS-SECRET-5"/>
                  <property name="hibernate.jdbc.batch_size" value="20"/>
                </properties>
              </persistence-unit>
            </persistence>
            """;
    private static final String ORM_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <entity-mappings xmlns="https://jakarta.ee/xml/ns/persistence/orm" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                             xsi:schemaLocation="https://jakarta.ee/xml/ns/persistence/orm https://jakarta.ee/xml/ns/persistence/orm/orm_3_1.xsd"
                             version="3.1">
              <entity class="p.Stock" access="FIELD">
                <attributes>
                  <id name="id"/>
                  <basic name="quantity"/>
                </attributes>
              </entity>
            </entity-mappings>
            """;

    /** A project whose settings name remote hosts and XML schemas on the web, and hold secrets everywhere. */
    private static Map<String, String> project(Map<String, String> secrets) {
        StringBuilder properties = new StringBuilder("""
                spring.datasource.url=jdbc:postgresql://db.example.com:5432/shop?user=admin&password=URL-PW-SECRET-6
                spring.datasource.username=DS-USER-SECRET-7
                spring.datasource.password=DS-PW-SECRET-8
                spring.jpa.properties.hibernate.connection.pwd=JPA-PWD-SECRET-9
                spring.jpa.properties.hibernate.connection.passwd=JPA-PASSWD-SECRET-10
                spring.jpa.properties.hibernate.integration.api-key=JPA-APIKEY-SECRET-11
                spring.jpa.properties.hibernate.some.auth_header=Bearer JPA-BEARER-SECRET-12
                spring.jpa.show-sql=true
                """);
        secrets.forEach((k, v) -> properties.append(k).append('=').append(v).append('\n'));
        Map<String, String> files = new LinkedHashMap<>();
        files.put("p/Shelf.java", TestProjects.entity("p", "Shelf", "String label; @OneToMany(mappedBy = \"shelf\") List<Jar> jars;"));
        files.put("p/Jar.java", TestProjects.entity("p", "Jar", "String name; @ManyToOne Shelf shelf;"));
        files.put("p/Stock.java", XML_ENTITY);
        files.put("application.properties", properties.toString());
        files.put("application.yml", """
                spring:
                  datasource:
                    password: YML-PW-SECRET-13
                    url: jdbc:mysql://yml-user:YML-URL-SECRET-14@db.example.com/shop
                  jpa:
                    properties:
                      hibernate:
                        connection:
                          password: YML-JPA-PW-SECRET-15
                        oauth:
                          client-secret: YML-OAUTH-SECRET-16
                """);
        files.put("application-prod.properties", "spring.datasource.password=PROFILE-PW-SECRET-17\n"
                + "spring.jpa.properties.hibernate.connection.pwd=PROFILE-SECRET-18\nspring.jpa.open-in-view=false\n");
        files.put("META-INF/persistence.xml", PERSISTENCE_XML);
        files.put("META-INF/orm.xml", ORM_XML);
        return files;
    }

    @Test
    void noStaticInitializerOfTheProjectRunsWhileScanning(@TempDir Path dir) throws IOException {
        Path marker = dir.resolve("initialised");
        Path classes = TestProjects.compile(dir, Map.of(
                "p/Boom.java", TestProjects.entity("p", "Boom", "static { try { java.nio.file.Files.createFile(java.nio.file.Path.of(\""
                        + marker.toString().replace("\\", "\\\\") + "\")); } catch (Exception e) { throw new RuntimeException(e); } }"),
                "p/BoomListener.java", "package p;\npublic class BoomListener { static { if (true) throw new Error(\"listener initialised\"); }"
                        + " @jakarta.persistence.PrePersist void before(Object o) { } }\n",
                "p/Listened.java", "package p;\nimport jakarta.persistence.*;\n@Entity @EntityListeners(BoomListener.class)\n"
                        + "public class Listened { @Id Long id; Boom boom() { return new Boom(); } }\n"));

        // the scanning pass of the engine: classes, listeners on the class path, method bodies
        ClassScanner scanner = new ClassScanner(n -> true);
        ScanResult scan = scanner.withListenersFrom(scanner.scan(classes, List.of()), List.of(classes));
        MethodBodies.read(classes);

        assertTrue(scan.entities().contains("p.Boom") && scan.classes().containsKey("p.BoomListener"), scan.entities()::toString);
        assertFalse(Files.exists(marker), "Boom's static initializer ran during the scan");
    }

    @Test
    void nothingConnectsToTheNetworkEvenWithRemoteUrlsAndSchemasInTheSettings(@TempDir Path dir) throws Exception {
        Path classes = TestProjects.compile(dir, project(Map.of()));
        Path out = dir.resolve("pack");
        AtomicInteger connections = new AtomicInteger();
        Properties saved = (Properties) System.getProperties().clone();
        try (ServerSocket trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                while (!trap.isClosed()) {
                    try (Socket s = trap.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String port = String.valueOf(trap.getLocalPort());
            // every way out of the JVM goes through the trap: HTTP(S) and FTP by proxy, any other socket by SOCKS
            for (String scheme : List.of("http", "https", "ftp")) {
                System.setProperty(scheme + ".proxyHost", "127.0.0.1");
                System.setProperty(scheme + ".proxyPort", port);
            }
            System.setProperty("socksProxyHost", "127.0.0.1");
            System.setProperty("socksProxyPort", port);

            // the trap catches what it must: a URL and a plain socket to a remote host
            HttpURLConnection probe = (HttpURLConnection) new URL("http://db.example.com/probe").openConnection();
            probe.setConnectTimeout(2000);
            probe.setReadTimeout(500);
            try {
                probe.getResponseCode();
            } catch (IOException expected) {
                // the trap closes the connection
            }
            try (Socket socket = new Socket()) {
                socket.connect(InetSocketAddress.createUnresolved("db.example.com", 5432), 2000);
            } catch (IOException expected) {
                // not a SOCKS server
            }
            waitFor(() -> connections.get() >= 2);
            assertTrue(connections.get() >= 2, "the trap saw both probes (HTTP may retry once)");
            for (int seen = -1; seen != connections.get(); Thread.sleep(200)) seen = connections.get();
            connections.set(0);

            new ContextPackEngine(EngineLog.SILENT).generate(TestProjects.request(classes, out));

            Thread.sleep(100);
            assertEquals(0, connections.get(), "context-pack opened a network connection");
        } finally {
            System.setProperties(saved);
        }
        assertTrue(Files.isRegularFile(out.resolve("entities/Stock.md")), () -> "orm.xml was read offline: " + TestProjects.snapshot(out).keySet());
        assertTrue(Files.readString(out.resolve("entities/Stock.md")).contains("`quantity`"));

        // a second proof where the kernel offers no network at all; skipped only where namespaces are not allowed
        assumeTrue(unshareWorks(), "unshare -n (a network namespace) is not available here");
        assertSamePackOffline(classes, out, dir);
    }

    /** The same project in a network namespace without any network (unshare -n): the same pack, byte for byte. */
    private static void assertSamePackOffline(Path classes, Path online, Path dir) throws Exception {
        List<String> command = new ArrayList<>(List.of("unshare", "-n", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), OfflineRun.class.getName(), classes.toString(), dir.resolve("offline").toString()));
        Process offline = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(offline.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(offline.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, offline.exitValue(), log);
        Map<String, byte[]> with = TestProjects.snapshot(online);
        Map<String, byte[]> without = TestProjects.snapshot(dir.resolve("offline"));
        assertEquals(with.keySet(), without.keySet());
        with.forEach((path, bytes) -> assertArrayEquals(bytes, without.get(path), path));
    }

    @Test
    void noSecretFromAnySettingsFileOrParameterReachesAGeneratedFile(@TempDir Path dir) throws Exception {
        // fixed secrets above, and random ones under random secret-looking keys (seeded: a failure replays)
        Random random = new Random(8L);
        String[] prefixes = {"spring.jpa.properties.", "spring.jpa.properties.hibernate.", "spring.jpa.", "spring.datasource.hikari.",
                "spring.jpa.properties.hibernate.connection.", "spring.jpa.properties.jakarta.persistence.jdbc."};
        String[] words = {"password", "Password", "PASSWD", "pwd", "secret", "client-secret", "token", "accessToken", "credentials",
                "username", "user", "url", "jdbc-url", "apiKey", "api-key", "private-key", "auth", "passphrase", "signature", "sas-token"};
        Map<String, String> randomSecrets = new LinkedHashMap<>();
        for (int i = 0; i < 60; i++) {
            String key = prefixes[random.nextInt(prefixes.length)] + (random.nextBoolean() ? "x" + i + "." : "") + words[random.nextInt(words.length)];
            randomSecrets.put(key, "RND" + Long.toHexString(random.nextLong()) + "SECRET");
        }
        Path classes = TestProjects.compile(dir, project(randomSecrets));
        Path out = dir.resolve("pack");
        GenerateRequest request = new GenerateRequest(classes, List.of(classes), out, null, List.of(),
                new Overrides(null, null, null, null, Map.of("hibernate.connection.password", "PARAM-PW-SECRET-19",
                        "hibernate.some.token", "PARAM-TOKEN-SECRET-20", "hibernate.jdbc.fetch_size", "50")), "test", "mvn process-classes");

        new ContextPackEngine(EngineLog.SILENT).generate(request);

        List<String> secrets = new ArrayList<>(randomSecrets.values());
        for (int i = 1; i <= 20; i++) secrets.add("SECRET-" + i);
        secrets.addAll(List.of("pu-admin", "yml-user", "password=", "DS-USER", "PU-USER"));
        Map<String, byte[]> pack = TestProjects.snapshot(out);
        assertTrue(pack.containsKey("context-pack.yaml"));
        for (Map.Entry<String, byte[]> file : pack.entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            for (String secret : secrets) {
                assertFalse(text.contains(secret), () -> file.getKey() + " holds " + secret + ": "
                        + text.lines().filter(l -> l.contains(secret)).toList());
            }
        }
        // the settings that are no secret are still there, and the dialect still comes from the URL's scheme
        String yaml = new String(pack.get("context-pack.yaml"), StandardCharsets.UTF_8);
        assertTrue(yaml.contains("hibernate.jdbc.fetch_size") && yaml.contains("spring.jpa.show-sql"), yaml);
        assertTrue(yaml.contains("org.hibernate.dialect.PostgreSQLDialect") || yaml.contains("org.hibernate.dialect.MySQLDialect"), yaml);
    }

    private static boolean unshareWorks() {
        try {
            Process p = new ProcessBuilder("unshare", "-n", "true").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) Thread.sleep(20);
    }
}
