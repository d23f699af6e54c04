package io.migrata.spring.boot;

import io.migrata.workflow.Migrata;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.io.ResourceLoader;

/**
 * Upgrades the database to {@code migrata.target} (head) while the application starts, on its
 * {@code DataSource} or on {@code migrata.url}, before anything that uses the database is created:
 * the {@code EntityManagerFactory}, {@code JdbcTemplate} and {@code NamedParameterJdbcTemplate} are
 * made to depend on the {@link MigrataInitializer}, the way Spring Boot orders Flyway before JPA.
 *
 * <p>The auto-configurations it is ordered against are named as strings, under their Spring Boot
 * 3.5 and 4.0 class names, because Boot 4 moved them into modules of their own.
 */
@AutoConfiguration(
        afterName = {
                "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"},
        beforeName = {
                "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
                "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
                "org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration"})
@ConditionalOnClass(Migrata.class)
@ConditionalOnProperty(prefix = "migrata", name = "enabled", matchIfMissing = true)
@Conditional(MigrataAutoConfiguration.DatabaseCondition.class)
@EnableConfigurationProperties(MigrataProperties.class)
public class MigrataAutoConfiguration {

    /** The name of the initializer bean that the database's users are made to depend on. */
    public static final String INITIALIZER_BEAN = "migrataInitializer";

    @Bean
    @ConditionalOnMissingBean
    public ApplicationMigrations migrataApplicationMigrations(MigrataProperties properties,
                                                              ObjectProvider<DataSource> dataSource,
                                                              ResourceLoader resourceLoader) {
        return new ApplicationMigrations(properties, dataSource.getIfUnique(), resourceLoader.getClassLoader(),
                new MigrataListener());
    }

    @Bean(name = INITIALIZER_BEAN)
    @ConditionalOnMissingBean
    public MigrataInitializer migrataInitializer(ApplicationMigrations migrations) {
        return new MigrataInitializer(migrations);
    }

    /** Static, so it runs before any bean is created, without creating this configuration first. */
    @Bean
    public static BeanFactoryPostProcessor migrataDependsOnPostProcessor() {
        return new DatabaseUsersDependOnMigrata(INITIALIZER_BEAN);
    }

    /** A data source to migrate: the application's, or {@code migrata.url}. */
    static final class DatabaseCondition extends AnyNestedCondition {

        DatabaseCondition() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(DataSource.class)
        private static final class ApplicationDataSource {
        }

        @ConditionalOnProperty(prefix = "migrata", name = "url")
        private static final class OwnUrl {
        }
    }
}
