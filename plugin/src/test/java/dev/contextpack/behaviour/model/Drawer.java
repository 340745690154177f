package dev.contextpack.behaviour.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Unidirectional @OneToMany with a NOT NULL @JoinColumn (sock.drawer_id, @JoinColumn(nullable = false)),
 * no cascade, no orphanRemoval; {@link Sock} has no attribute for that column.
 */
@Entity
@Table(name = "drawer")
public class Drawer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String label;

    @OneToMany
    @JoinColumn(name = "drawer_id", nullable = false)
    public List<Sock> socks = new ArrayList<>();
}
