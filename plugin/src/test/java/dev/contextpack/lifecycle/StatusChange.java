package dev.contextpack.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** An append-only history row: @Immutable, so Hibernate never updates it. */
@Entity
@Table(name = "status_change")
@Immutable
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_code", nullable = false, length = 20)
    private String ticketCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16)
    private TicketStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 16)
    private TicketStatus toStatus;

    @CreationTimestamp
    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected StatusChange() {
    }

    public StatusChange(String ticketCode, TicketStatus fromStatus, TicketStatus toStatus) {
        this.ticketCode = ticketCode;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
    }

    public Long getId() {
        return id;
    }

    public String getTicketCode() {
        return ticketCode;
    }

    public TicketStatus getToStatus() {
        return toStatus;
    }

    /** Changes the object only: Hibernate does not write it back (the entity is immutable). */
    public void setToStatus(TicketStatus toStatus) {
        this.toStatus = toStatus;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
