package io.migrata.entities;

import java.util.Locale;
import java.util.Objects;

/**
 * The application's naming strategies, by class name: the physical strategy maps every logical name
 * (Spring Boot's turns {@code billingAddress} into {@code billing_address}); the implicit strategy
 * invents the names the mapping leaves out (join tables, join columns). {@code null} keeps
 * Hibernate's default. The reader must use the strategies the application runs with, or the model
 * names tables and columns the application does not use.
 *
 * <pre>{@code
 * Naming naming = Naming.parse("spring-boot");
 * Naming custom = new Naming("com.example.MyPhysicalNaming", null);
 * }</pre>
 */
public record Naming(String physicalStrategy, String implicitStrategy) {

    /** Plain Hibernate: names as written in the code. */
    public static final Naming HIBERNATE = new Naming(null, null);

    /** Spring Boot 3's defaults: camelCase to snake_case, join tables named after the owning property. */
    public static final Naming SPRING_BOOT = new Naming(
            "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
            SpringBootImplicitNamingStrategy.class.getName());

    /** Hibernate's snake_case physical strategy (Spring Boot 4's default). */
    public static final Naming SNAKE_CASE = new Naming(
            "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl", null);

    public Naming {
        if (physicalStrategy != null && physicalStrategy.isBlank()) physicalStrategy = null;
        if (implicitStrategy != null && implicitStrategy.isBlank()) implicitStrategy = null;
    }

    /**
     * {@code hibernate}, {@code spring-boot}, {@code snake-case}, or a physical strategy's class
     * name, optionally followed by a comma and an implicit strategy's class name.
     */
    public static Naming parse(String text) {
        Objects.requireNonNull(text, "text");
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "", "hibernate", "default":
                return HIBERNATE;
            case "spring-boot", "spring":
                return SPRING_BOOT;
            case "snake-case", "snake_case":
                return SNAKE_CASE;
            default:
                String[] parts = text.split(",", 2);
                return new Naming(parts[0].trim(), parts.length > 1 ? parts[1].trim() : null);
        }
    }
}
