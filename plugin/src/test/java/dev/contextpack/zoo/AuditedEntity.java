package dev.contextpack.zoo;

import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/** Mapped superclass of {@link Book} and {@link Member}: its columns (and FK) land in both tables. */
@MappedSuperclass
public abstract class AuditedEntity {
    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    /** An association in a mapped superclass: FK created_by -> staff.keeper in every subclass table. */
    @ManyToOne
    @JoinColumn(name = "created_by")
    Keeper createdBy;

    @Version
    Long revision;
}
