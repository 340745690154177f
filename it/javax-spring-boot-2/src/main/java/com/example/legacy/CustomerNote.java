package com.example.legacy;

import javax.persistence.Entity;

@Entity
public class CustomerNote extends Note {

    private String author;
}
