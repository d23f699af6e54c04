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

    /** Spring Boot 3's defaults, by the name that says which Boot: the same as {@link #SPRING_BOOT}. */
    public static final Naming SPRING_BOOT_3 = SPRING_BOOT;

    /**
     * Spring Boot 4's defaults: Hibernate's snake_case physical strategy, with Spring's implicit
     * strategy (join tables named after the owning table and property, as in Boot 3).
     */
    public static final Naming SPRING_BOOT_4 = new Naming(
            "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl",
            SpringBootImplicitNamingStrategy.class.getName());

    /**
     * Hibernate's snake_case physical strategy alone, with JPA's implicit naming: plain Hibernate
     * applications that set it. A Spring Boot 4 application uses {@link #SPRING_BOOT_4}.
     */
    public static final Naming SNAKE_CASE = new Naming(
            "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl", null);

    public Naming {
        if (physicalStrategy != null && physicalStrategy.isBlank()) physicalStrategy = null;
        if (implicitStrategy != null && implicitStrategy.isBlank()) implicitStrategy = null;
    }

    /**
     * {@code hibernate}, {@code spring-boot-3} (also {@code spring-boot}), {@code spring-boot-4},
     * {@code snake-case}, or a physical strategy's class name, optionally followed by a comma and an
     * implicit strategy's class name.
     */
    public static Naming parse(String text) {
        Objects.requireNonNull(text, "text");
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "", "hibernate", "default":
                return HIBERNATE;
            case "spring-boot", "spring", "spring-boot-3":
                return SPRING_BOOT_3;
            case "spring-boot-4":
                return SPRING_BOOT_4;
            case "snake-case", "snake_case":
                return SNAKE_CASE;
            default:
                String[] parts = text.split(",", 2);
                return new Naming(parts[0].trim(), parts.length > 1 ? parts[1].trim() : null);
        }
    }
}
