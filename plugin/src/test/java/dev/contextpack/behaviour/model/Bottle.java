package dev.contextpack.behaviour.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Owning side of {@link Crate#bottles}: FK bottle.crate_id NOT NULL in the database only. */
@Entity
@Table(name = "bottle")
public class Bottle {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String content;

    @ManyToOne
    @JoinColumn(name = "crate_id", nullable = false)
    public Crate crate;
}
