package io.migrata.examples.hedera.boot;

import io.migrata.examples.hedera.User;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

/**
 * Hedera Flow as a Spring Boot application: its JPA entities (from the {@code hedera-flow} example)
 * and the migrations Migrata generated for them, which the Migrata starter applies at start
 * before Hibernate validates the schema ({@code spring.jpa.hibernate.ddl-auto=validate}).
 */
@SpringBootApplication
@EntityScan(basePackageClasses = User.class)
public class HederaFlowApplication {

    public static void main(String[] args) {
        SpringApplication.run(HederaFlowApplication.class, args);
    }
}
