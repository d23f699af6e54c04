package com.example.base;

/** A value type no JPA provider knows; {@link IbanConverter} stores it as text. */
public record Iban(String text) {
}
