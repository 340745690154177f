package dev.contextpack.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ExcludeDefaultListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

/**
 * A machine-written event: @ExcludeDefaultListeners drops DefaultListener (orm.xml);
 * TrackingListener and Tracked's methods still apply.
 */
@Entity
@Table(name = "system_event")
@ExcludeDefaultListeners
public class SystemEvent extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_type", nullable = false, length = 40)
    private String eventType;

    @Column(name = "payload", length = 4000)
    private String payload;

    protected SystemEvent() {
    }

    public SystemEvent(String eventType, String payload) {
        this.eventType = eventType;
        this.payload = payload;
    }

    @PrePersist
    void prePersist() {
        CallbackLog.record("SystemEvent.prePersist");
    }

    public Long getId() {
        return id;
    }

    public String getEventType() {
        return eventType;
    }
}
