package dev.contextpack.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.SoftDeleteType;

/** Someone notified about a ticket: soft-deleted with the ACTIVE strategy (an "active" column, true while live). */
@Entity
@Table(name = "watcher",
        uniqueConstraints = @UniqueConstraint(name = "uk_watcher_ticket_email", columnNames = {"ticket_id", "email"}))
@SoftDelete(strategy = SoftDeleteType.ACTIVE)
public class Watcher {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id", nullable = false)
    private Ticket ticket;

    @NotNull
    @Email
    @Column(name = "email", nullable = false, length = 254)
    private String email;

    protected Watcher() {
    }

    public Watcher(Ticket ticket, String email) {
        this.ticket = ticket;
        this.email = email;
    }

    public Long getId() {
        return id;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public String getEmail() {
        return email;
    }
}
