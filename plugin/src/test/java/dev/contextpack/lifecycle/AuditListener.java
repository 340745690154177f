package dev.contextpack.lifecycle;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;

/** Listener declared on {@link Ticket} itself (no @PreUpdate and no @PostLoad on purpose). */
public class AuditListener {

    @PrePersist
    public void prePersist(Ticket ticket) {
        CallbackLog.record("AuditListener.prePersist");
    }

    @PostPersist
    public void postPersist(Ticket ticket) {
        CallbackLog.record("AuditListener.postPersist");
    }

    @PostUpdate
    public void postUpdate(Ticket ticket) {
        CallbackLog.record("AuditListener.postUpdate");
    }

    @PreRemove
    public void preRemove(Ticket ticket) {
        CallbackLog.record("AuditListener.preRemove");
    }

    @PostRemove
    public void postRemove(Ticket ticket) {
        CallbackLog.record("AuditListener.postRemove");
    }
}
