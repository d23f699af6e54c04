package io.migrata.examples.hedera;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Check;

/** The price of one currency in another at a moment, as fetched from a rate source. */
@Entity
@Table(name = "exchange_rates", uniqueConstraints = @UniqueConstraint(name = "uq_exchange_rates_pair_time",
        columnNames = {"base_currency", "quote_currency", "fetched_at"}))
@Check(name = "ck_exchange_rates_positive", constraints = "rate > 0")
public class ExchangeRate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 3)
    private String baseCurrency;

    @Column(nullable = false, length = 3)
    private String quoteCurrency;

    @Column(nullable = false, precision = 18, scale = 8)
    private BigDecimal rate;

    @Column(nullable = false, length = 50)
    private String source;

    @Column(nullable = false)
    private OffsetDateTime fetchedAt;
}
