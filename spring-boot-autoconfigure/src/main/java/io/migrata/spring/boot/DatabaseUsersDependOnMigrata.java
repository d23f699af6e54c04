package io.migrata.spring.boot;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.util.ClassUtils;
import org.springframework.util.ObjectUtils;

/**
 * Makes every bean that talks to the database through JPA or Spring's JDBC templates depend on the
 * Migrata initializer, so the schema is upgraded before Hibernate validates it or a repository
 * runs a query. It finds those beans by type from their definitions, creating none of them; the
 * types are named as strings because an application may have JPA, JDBC templates, both or neither.
 */
final class DatabaseUsersDependOnMigrata implements BeanFactoryPostProcessor {

    private static final List<String> DATABASE_USER_TYPES = List.of(
            "jakarta.persistence.EntityManagerFactory",
            "org.springframework.orm.jpa.AbstractEntityManagerFactoryBean",
            "org.springframework.jdbc.core.JdbcOperations",
            "org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations");

    private final String initializer;

    DatabaseUsersDependOnMigrata(String initializerBean) {
        this.initializer = initializerBean;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        for (String name : databaseUsers(beanFactory)) {
            BeanDefinition definition;
            try {
                definition = beanFactory.getBeanDefinition(name);
            } catch (NoSuchBeanDefinitionException e) {
                continue; // defined in a parent context, which is ordered on its own
            }
            String[] dependsOn = definition.getDependsOn();
            if (!ObjectUtils.containsElement(dependsOn, initializer) && !name.equals(initializer)) {
                definition.setDependsOn(ObjectUtils.addObjectToArray(dependsOn, initializer));
            }
        }
    }

    private static Set<String> databaseUsers(ConfigurableListableBeanFactory beanFactory) {
        Set<String> names = new LinkedHashSet<>();
        ClassLoader loader = beanFactory.getBeanClassLoader();
        for (String typeName : DATABASE_USER_TYPES) {
            if (!ClassUtils.isPresent(typeName, loader)) continue;
            Class<?> type = ClassUtils.resolveClassName(typeName, loader);
            for (String name : BeanFactoryUtils.beanNamesForTypeIncludingAncestors(beanFactory, type, true, false)) {
                names.add(BeanFactoryUtils.transformedBeanName(name));
            }
        }
        return names;
    }
}
