package dev.contextpack.zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Owning side of {@link Member#loans}: LAZY, optional=false, @JoinColumn(nullable=false); a
 * @ManyToOne to the composite-keyed {@link BookCopy} (two default-named FK columns).
 */
@Entity
@Table(name = "loan")
public class Loan {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    Member member;

    @ManyToOne
    BookCopy copy;

    @Column(nullable = false)
    LocalDate dueDate;

    LocalDateTime returnedAt;
}
