package dev.contextpack.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ExcludeSuperclassListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

/**
 * A staff-only note: @ExcludeSuperclassListeners drops TrackingListener (declared on Tracked);
 * Tracked's own callback methods and the default listener still apply.
 */
@Entity
@Table(name = "internal_note")
@ExcludeSuperclassListeners
public class InternalNote extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_code", nullable = false, length = 20)
    private String ticketCode;

    @Column(name = "text", nullable = false, length = 2000)
    private String text;

    protected InternalNote() {
    }

    public InternalNote(String ticketCode, String text) {
        this.ticketCode = ticketCode;
        this.text = text;
    }

    @PrePersist
    void prePersist() {
        CallbackLog.record("InternalNote.prePersist");
    }

    public Long getId() {
        return id;
    }

    public String getText() {
        return text;
    }
}
