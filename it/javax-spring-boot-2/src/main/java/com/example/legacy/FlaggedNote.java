package com.example.legacy;

import javax.persistence.Entity;

@Entity
public class FlaggedNote extends CustomerNote {

    private String reason;
}
