package dev.contextpack.behaviour.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Owning side of {@link Basket#eggs}: nullable FK egg.basket_id. */
@Entity
@Table(name = "egg")
public class Egg {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String colour;

    @ManyToOne
    @JoinColumn(name = "basket_id")
    public Basket basket;
}
