package dev.contextpack.legacy;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HibernateVersionsTest {

    @Test
    void readsTheMajorAndMinorOfAHibernateCoreVersion() {
        assertEquals(5, HibernateVersions.major("5.6.15.Final"));
        assertEquals(6, HibernateVersions.minor("5.6.15.Final"));
        assertEquals(6, HibernateVersions.major("6.6.4.Final"));
        assertEquals(0, HibernateVersions.major(null));
        assertEquals(0, HibernateVersions.major("SNAPSHOT"));
        assertEquals(5, HibernateVersions.major("jakarta-5.6.15.Final"), "hibernate-core-jakarta");
    }

    /** Hibernate 5.3+ names an implicit sequence after the generator, else hibernate_sequence ("legacy"); before 5.3 always hibernate_sequence ("single"). */
    @Test
    void hibernate5GetsItsOwnImplicitSequenceNaming() {
        assertEquals(Map.of("hibernate.id.db_structure_naming_strategy", "legacy"), HibernateVersions.bootSettings("5.6.15.Final", Map.of()));
        assertEquals(Map.of("hibernate.id.db_structure_naming_strategy", "single"), HibernateVersions.bootSettings("5.2.18.Final", Map.of()));
    }

    @Test
    void hibernate6And7AndAnExplicitSettingAreLeftAlone() {
        assertTrue(HibernateVersions.bootSettings("6.6.4.Final", Map.of()).isEmpty(), "6.0 introduced the <entity>_SEQ naming that 7 has");
        assertTrue(HibernateVersions.bootSettings("7.4.13.Final", Map.of()).isEmpty());
        assertTrue(HibernateVersions.bootSettings(null, Map.of()).isEmpty());
        assertTrue(HibernateVersions.bootSettings("5.6.15.Final", Map.of("hibernate.id.db_structure_naming_strategy", "standard")).isEmpty());
        // legacy generators (native) have no Hibernate 7 equivalent: a finding says so instead
        assertTrue(HibernateVersions.bootSettings("5.6.15.Final", Map.of("hibernate.id.new_generator_mappings", "false")).isEmpty());
    }

    @Test
    void theMeasuredTypesAreKeptPerDialectFamily() {
        assertEquals("postgresql", HibernateVersions.family("org.hibernate.dialect.PostgreSQLDialect"));
        assertEquals("mysql", HibernateVersions.family("org.hibernate.dialect.MySQLDialect"));
        assertEquals("", HibernateVersions.family("org.hibernate.dialect.OracleDialect"));
        assertEquals("timestamp", HibernateVersions.HIBERNATE_5_TYPES.get("postgresql").get("Instant"));
        assertEquals("binary(255)", HibernateVersions.HIBERNATE_5_TYPES.get("mysql").get("UUID"));
    }

    @Test
    void describesWhichFactsFollowTheProjectsVersion() {
        assertTrue(HibernateVersions.describe("5.6.15.Final").contains("except where Hibernate 5 behaves otherwise"));
        assertEquals("hibernate-core on the project's runtime class path", HibernateVersions.describe("7.4.13.Final"));
    }
}
