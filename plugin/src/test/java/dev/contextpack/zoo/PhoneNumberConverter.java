package dev.contextpack.zoo;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Auto-applied to every {@link PhoneNumber} attribute. Like every converter it has to be
 * handed to Hibernate as a managed class (see {@link ZooEntities#CONVERTERS}).
 */
@Converter(autoApply = true)
public class PhoneNumberConverter implements AttributeConverter<PhoneNumber, String> {
    @Override
    public String convertToDatabaseColumn(PhoneNumber attribute) {
        return attribute == null ? null : attribute.value();
    }

    @Override
    public PhoneNumber convertToEntityAttribute(String dbData) {
        return dbData == null ? null : new PhoneNumber(dbData);
    }
}
