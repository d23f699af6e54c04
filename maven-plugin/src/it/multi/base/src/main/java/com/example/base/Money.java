package com.example.base;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** An embeddable from this jar: the entity that embeds it is compiled in another module. */
@Embeddable
public class Money {
    @Column(precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(length = 3)
    private String currency;
}
