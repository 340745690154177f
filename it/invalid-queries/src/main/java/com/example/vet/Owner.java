package com.example.vet;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Transient;

import java.util.ArrayList;
import java.util.List;

@Entity
@NamedQuery(name = "Owner.byCity", query = "select o from Owner o where o.city = :city")
@NamedQuery(name = "Owner.withPets", query = "select distinct o from Owner o join fetch o.pets")
public class Owner {

    @Id
    @GeneratedValue
    private Long id;

    private String lastName;

    /** Not persistent: Spring Data sees the Java property, JPA does not. */
    @Transient
    private String nickname;

    @OneToMany(mappedBy = "owner")
    private List<Pet> pets = new ArrayList<>();

    public String getNickname() {
        return nickname;
    }
}
