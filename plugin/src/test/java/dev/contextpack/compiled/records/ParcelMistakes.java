package dev.contextpack.compiled.records;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;

/** Record projections Spring Data or Hibernate refuse, one repository each. */
public final class ParcelMistakes {

    private ParcelMistakes() {
    }

    /** A record component that names no property of Parcel. */
    public interface UnknownComponent extends Repository<Parcel, Long> {
        List<ParcelNickname> findByLabel(String label);
    }

    /** A constructor expression that matches no constructor of the record. */
    public interface WrongConstructor extends Repository<Parcel, Long> {
        @Query("select new dev.contextpack.compiled.records.ParcelLabel(p.label) from Parcel p")
        List<ParcelLabel> labelsOnly();
    }
}
