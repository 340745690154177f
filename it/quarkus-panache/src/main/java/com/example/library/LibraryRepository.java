package com.example.library;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The application's own base class for repositories with Long ids: its subclasses are the beans. */
public abstract class LibraryRepository<T> implements PanacheRepositoryBase<T, Long> {

    public T newest() {
        return find("order by id desc").firstResult();
    }
}
