package dev.contextpack.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Transient;

import java.util.ArrayList;
import java.util.List;

@Entity
@NamedQuery(name = "Owner.withPets", query = "select distinct o from Owner o join fetch o.pets")
@NamedQuery(name = "Owner.byCity", query = "select o from Owner o where o.city = :city")
public class Owner {

    @Id
    @GeneratedValue
    Long id;

    String lastName;

    /** Not persistent: a Java property Spring Data sees, JPA does not. */
    @Transient
    String nickname;

    @OneToMany(mappedBy = "owner")
    List<Pet> pets = new ArrayList<>();

    protected Owner() {
    }

    public Owner(String lastName) {
        this.lastName = lastName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getNickname() {
        return nickname;
    }
}
