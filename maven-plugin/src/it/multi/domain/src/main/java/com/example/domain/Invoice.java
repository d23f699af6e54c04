package com.example.domain;

import com.example.base.Audited;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;

@Entity
public class Invoice extends Audited {
    @Id
    private Long id;

    @jakarta.persistence.Column(precision = 12, scale = 2)
    private BigDecimal total;
}
