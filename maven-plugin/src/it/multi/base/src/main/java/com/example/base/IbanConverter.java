package com.example.base;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A converter from this jar: the entity reader needs the class to learn the column's type. */
@Converter
public class IbanConverter implements AttributeConverter<Iban, String> {
    @Override
    public String convertToDatabaseColumn(Iban iban) {
        return iban == null ? null : iban.text();
    }

    @Override
    public Iban convertToEntityAttribute(String text) {
        return text == null ? null : new Iban(text);
    }
}
