package dev.contextpack.lifecycle;

import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PrePersist;

/** Listener of the mapped superclass {@link Tracked}: inherited by every entity below it. */
public class TrackingListener {

    @PrePersist
    public void prePersist(Object entity) {
        CallbackLog.record("TrackingListener.prePersist");
    }

    @PostPersist
    public void postPersist(Object entity) {
        CallbackLog.record("TrackingListener.postPersist");
    }

    @PostLoad
    public void postLoad(Object entity) {
        CallbackLog.record("TrackingListener.postLoad");
    }
}
