package dev.contextpack.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

import java.time.Instant;

/** Creation and update times set by Hibernate, plus callbacks and a listener every subclass inherits. */
@MappedSuperclass
@EntityListeners(TrackingListener.class)
public abstract class Tracked {

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    private Instant updatedAt;

    @PrePersist
    protected void beforeCreate() {
        CallbackLog.record("Tracked.beforeCreate");
    }

    @PreUpdate
    protected void beforeUpdate() {
        CallbackLog.record("Tracked.beforeUpdate");
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
