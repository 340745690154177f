package dev.contextpack.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Pet {

    @Id
    @GeneratedValue
    Long id;

    String name;

    String colour;

    @ManyToOne(optional = false)
    Owner owner;

    protected Pet() {
    }

    public Pet(String name, String colour, Owner owner) {
        this.name = name;
        this.colour = colour;
        this.owner = owner;
        owner.pets.add(this);
    }

    public String getName() {
        return name;
    }
}
