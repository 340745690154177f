package dev.contextpack.lifecycle;

import com.fasterxml.jackson.annotation.JsonBackReference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.annotations.SoftDelete;

import java.time.Instant;

/**
 * A comment on a ticket: soft-deleted (Hibernate's default strategy, a boolean "deleted" column),
 * removed by the database when its ticket goes (ON DELETE CASCADE), the back side of the Jackson pair.
 */
@Entity
@Table(name = "ticket_comment")
@SoftDelete
public class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    @JsonBackReference
    private Ticket ticket;

    @NotNull
    @Size(max = 4000)
    @Column(name = "body", nullable = false, length = 4000)
    private String body;

    @Column(name = "internal", nullable = false)
    private boolean internal;

    @CreationTimestamp
    @Column(name = "posted_at", updatable = false)
    private Instant postedAt;

    protected Comment() {
    }

    public Comment(Ticket ticket, String body, boolean internal) {
        this.ticket = ticket;
        this.body = body;
        this.internal = internal;
    }

    public Long getId() {
        return id;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public String getBody() {
        return body;
    }

    public boolean isInternal() {
        return internal;
    }

    public Instant getPostedAt() {
        return postedAt;
    }
}
