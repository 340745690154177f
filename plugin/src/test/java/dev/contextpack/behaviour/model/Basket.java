package dev.contextpack.behaviour.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** Inverse @OneToMany with cascade PERSIST over a NULLABLE foreign key ({@link Egg#basket}, egg.basket_id). */
@Entity
@Table(name = "basket")
public class Basket {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String label;

    @OneToMany(mappedBy = "basket", cascade = CascadeType.PERSIST)
    public List<Egg> eggs = new ArrayList<>();
}
