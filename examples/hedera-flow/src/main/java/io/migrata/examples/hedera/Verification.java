package io.migrata.examples.hedera;

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
import java.time.OffsetDateTime;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** A meter reading, photographed by the user and checked by OCR and, if needed, by a person. */
@Entity
@Table(name = "verifications", indexes = {
    @Index(name = "idx_verifications_meter_created", columnList = "meter_id, created_at desc"),
    @Index(name = "idx_verifications_user_id", columnList = "user_id")})
@Check(name = "ck_verifications_ocr_confidence", constraints = "ocr_confidence BETWEEN 0 AND 100")
public class Verification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meter_id", nullable = false, foreignKey = @jakarta.persistence.ForeignKey(name = "fk_verifications_meter_id"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Meter meter;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, foreignKey = @jakarta.persistence.ForeignKey(name = "fk_verifications_user_id"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    private User user;

    @Column(nullable = false, precision = 14, scale = 3)
    private BigDecimal readingValue;

    @Column(length = 500)
    private String imageUrl;

    @Column(precision = 5, scale = 2)
    private BigDecimal ocrConfidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @ColumnDefault("'PENDING'")
    private VerificationStatus status;

    @Column(length = 100)
    private String hederaTxId;

    private OffsetDateTime verifiedAt;

    @Column(nullable = false)
    @ColumnDefault("now()")
    private OffsetDateTime createdAt;
}
