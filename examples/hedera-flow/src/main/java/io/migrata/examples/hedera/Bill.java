package io.migrata.examples.hedera;

import io.migrata.schema.annotations.PgIndex;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * What a user owes for one billing period of one meter. The partial index serves the reminder job,
 * which only ever looks at bills that are not paid yet; JPA cannot state it, {@link PgIndex} can.
 */
@Entity
@Table(name = "bills", indexes = {
    @Index(name = "idx_bills_user_status", columnList = "user_id, status"),
    @Index(name = "idx_bills_meter_period", columnList = "meter_id, period_start")})
@Check(name = "ck_bills_period", constraints = "period_end >= period_start")
@PgIndex(name = "idx_bills_unpaid_due_date", columns = "due_date", where = "status <> 'PAID'")
public class Bill {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, foreignKey = @jakarta.persistence.ForeignKey(name = "fk_bills_user_id"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    private User user;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meter_id", nullable = false, foreignKey = @jakarta.persistence.ForeignKey(name = "fk_bills_meter_id"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Meter meter;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "verification_id", foreignKey = @jakarta.persistence.ForeignKey(name = "fk_bills_verification_id"))
    @OnDelete(action = OnDeleteAction.SET_NULL)
    private Verification verification;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tariff_id", nullable = false, foreignKey = @jakarta.persistence.ForeignKey(name = "fk_bills_tariff_id"))
    private Tariff tariff;

    @Column(nullable = false)
    private LocalDate periodStart;

    @Column(nullable = false)
    private LocalDate periodEnd;

    @Column(nullable = false, precision = 14, scale = 3)
    private BigDecimal consumption;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amountDue;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @ColumnDefault("'PENDING'")
    private BillStatus status;

    @Column(nullable = false)
    private LocalDate dueDate;

    private OffsetDateTime paidAt;

    @Column(unique = true, length = 100)
    private String hederaTxId;

    @Column(nullable = false)
    @ColumnDefault("now()")
    private OffsetDateTime createdAt;
}
