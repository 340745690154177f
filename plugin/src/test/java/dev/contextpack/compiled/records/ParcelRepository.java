package dev.contextpack.compiled.records;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;

public interface ParcelRepository extends Repository<Parcel, Long> {

    List<ParcelLabel> findByLabelStartingWith(String prefix);

    Optional<ParcelLabel> findFirstByDimensionsWidthCmGreaterThan(int width);

    @Query("select new dev.contextpack.compiled.records.ParcelLabel(p.id, p.label) from Parcel p where p.dimensions.widthCm > :width")
    List<ParcelLabel> wide(@Param("width") int width);
}
