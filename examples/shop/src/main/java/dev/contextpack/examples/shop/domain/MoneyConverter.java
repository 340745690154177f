package dev.contextpack.examples.shop.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.math.BigDecimal;

@Converter
public class MoneyConverter implements AttributeConverter<Money, String> {

    @Override
    public String convertToDatabaseColumn(Money money) {
        return money == null ? null : money.currency() + " " + money.amount().toPlainString();
    }

    @Override
    public Money convertToEntityAttribute(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int space = value.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException("Malformed money value: " + value);
        }
        return new Money(new BigDecimal(value.substring(space + 1).trim()), value.substring(0, space));
    }
}
