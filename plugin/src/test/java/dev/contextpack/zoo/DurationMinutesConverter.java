package dev.contextpack.zoo;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Duration;

/** Applied explicitly with {@code @Convert}: a Duration stored as whole minutes (an integer column). */
@Converter
public class DurationMinutesConverter implements AttributeConverter<Duration, Integer> {
    @Override
    public Integer convertToDatabaseColumn(Duration attribute) {
        return attribute == null ? null : (int) attribute.toMinutes();
    }

    @Override
    public Duration convertToEntityAttribute(Integer dbData) {
        return dbData == null ? null : Duration.ofMinutes(dbData);
    }
}
