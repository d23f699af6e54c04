package io.migrata.examples.hedera;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;

/** The price of a unit of a utility in a region, valid from a date. */
@Entity
@Table(name = "tariffs", uniqueConstraints = @UniqueConstraint(name = "uq_tariffs_region_period",
        columnNames = {"country_code", "region", "utility_type", "valid_from"}))
@Check(name = "ck_tariffs_valid_range", constraints = "valid_to IS NULL OR valid_to > valid_from")
public class Tariff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 2)
    private String countryCode;

    @Column(nullable = false, length = 100)
    private String region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UtilityType utilityType;

    @Column(nullable = false, precision = 12, scale = 4)
    private BigDecimal ratePerUnit;

    @Column(nullable = false, precision = 12, scale = 2)
    @ColumnDefault("0")
    private BigDecimal fixedCharge;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false)
    private LocalDate validFrom;

    private LocalDate validTo;

    @Column(nullable = false)
    @ColumnDefault("now()")
    private OffsetDateTime createdAt;
}
