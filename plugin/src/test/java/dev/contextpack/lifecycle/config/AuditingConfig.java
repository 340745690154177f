package dev.contextpack.lifecycle.config;

import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/**
 * Switches Spring Data JPA auditing on. Kept in its own sub-package so that a test can hand the
 * engine the fixture with or without it (LifecycleFixture.classesDirectory(boolean)).
 */
@EnableJpaAuditing(auditorAwareRef = "currentAgent")
public class AuditingConfig {
}
