package com.example.legacy;

import javax.persistence.Id;
import javax.persistence.Inheritance;
import javax.persistence.InheritanceType;
import javax.persistence.MappedSuperclass;
import javax.persistence.Table;

/**
 * Hibernate 5 applies this @Inheritance to the entities below and ignores the @Table; Hibernate 7 rejects both on a
 * mapped superclass.
 */
@MappedSuperclass
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
@Table(name = "notes")
public abstract class Note {

    @Id
    private Long id;

    private String body;
}
