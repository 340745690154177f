package dev.contextpack.behaviour.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Child of {@link Drawer#socks}: FK sock.drawer_id NOT NULL, not mapped here. */
@Entity
@Table(name = "sock")
public class Sock {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String colour;
}
