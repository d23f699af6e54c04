package com.example.domain;

import com.example.base.Audited;
import com.example.base.Iban;
import com.example.base.IbanConverter;
import com.example.base.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Its superclass, its embedded value and its converter all come from the base jar. */
@Entity
public class Invoice extends Audited {
    @Id
    private Long id;

    @Embedded
    private Money total;

    @Convert(converter = IbanConverter.class)
    @Column(length = 34)
    private Iban payee;
}
