package io.migrata.spring.boot;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The {@code migrata} actuator endpoint, when the actuator is on the class path and the endpoint is exposed. */
@AutoConfiguration(after = MigrataAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
@ConditionalOnBean(ApplicationMigrations.class)
@ConditionalOnAvailableEndpoint(endpoint = MigrataEndpoint.class)
public class MigrataEndpointAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public MigrataEndpoint migrataEndpoint(ApplicationMigrations migrations) {
        return new MigrataEndpoint(migrations);
    }
}
