package com.example.legacy;

import javax.persistence.Id;
import javax.persistence.Inheritance;
import javax.persistence.InheritanceType;
import javax.persistence.MappedSuperclass;

/** Hibernate 5 applies this @Inheritance to the entities below; Hibernate 7 rejects it on a mapped superclass. */
@MappedSuperclass
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Note {

    @Id
    private Long id;

    private String body;
}
