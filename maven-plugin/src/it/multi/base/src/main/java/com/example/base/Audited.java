package com.example.base;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** Lives in its own jar: the entities that extend it are in another module. */
@MappedSuperclass
public abstract class Audited {
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
}
