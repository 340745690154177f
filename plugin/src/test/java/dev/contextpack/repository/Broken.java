package dev.contextpack.repository;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;

/** One invalid method per repository, so each can be shown to fail on its own when Spring Data creates it. */
public final class Broken {

    private Broken() {
    }

    /** Owner has no firstName. */
    public interface MissingProperty extends Repository<Owner, Long> {
        List<Owner> findByFirstName(String firstName);
    }

    /** nickname is @Transient: a Java property, not a persistent attribute. */
    public interface TransientProperty extends Repository<Owner, Long> {
        List<Owner> findByNickname(String nickname);
    }

    /** The attribute is lastName. */
    public interface WrongAttribute extends Repository<Owner, Long> {
        @Query("select o from Owner o where o.lastname = ?1")
        List<Owner> byName(String name);
    }

    public interface SyntaxError extends Repository<Owner, Long> {
        @Query("selct o from Owner o")
        List<Owner> all();
    }

    public interface MissingNamedQuery extends Repository<Owner, Long> {
        @Query(name = "Owner.missing")
        List<Owner> missing();
    }

    /** Two parameters named, one given. */
    public interface TooFewArguments extends Repository<Owner, Long> {
        List<Owner> findByLastNameAndId(String lastName);
    }
}
