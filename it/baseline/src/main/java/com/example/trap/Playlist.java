package com.example.trap;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

import java.util.HashSet;
import java.util.Set;

@Entity
public class Playlist {
    @Id
    @GeneratedValue
    Long id;

    /** Removing a playlist would delete songs other playlists still hold. */
    @ManyToMany(cascade = CascadeType.ALL)
    Set<Song> songs = new HashSet<>();
}
