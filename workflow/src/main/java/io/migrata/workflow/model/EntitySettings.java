package io.migrata.workflow.model;

import io.migrata.workflow.config.ConfigurationException;
import io.migrata.workflow.config.ConfiguredValue;
import io.migrata.workflow.config.ProjectSettings;
import io.migrata.workflow.config.Setting;
import io.migrata.entities.EntitySource;
import io.migrata.entities.Naming;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a project's entities are, from its settings: {@code migrata.entities.packages},
 * {@code migrata.entities.classpath} (the application's compiled classes and the jars they need;
 * none means the class loader Migrata itself was loaded by), {@code migrata.entities.naming} and the
 * Hibernate settings under {@code migrata.entities.settings.}.
 */
public final class EntitySettings {

    private EntitySettings() {
    }

    /**
     * The entity source for a PostgreSQL major version.
     *
     * @throws ConfigurationException when no package is configured, or a class path entry does not exist
     */
    public static EntitySource source(ProjectSettings settings, int postgresMajor) {
        List<String> scanned = settings.list(Setting.ENTITIES_PACKAGES);
        if (scanned.isEmpty()) {
            throw new ConfigurationException("the entities are not configured: set " + Setting.ENTITIES_PACKAGES.property()
                    + " (and " + Setting.ENTITIES_CLASSPATH.property() + ") in migrata.properties, or pass "
                    + Setting.ENTITIES_PACKAGES.flag() + " PACKAGE");
        }
        List<Path> entries = settings.paths(Setting.ENTITIES_CLASSPATH);
        String origin = settings.find(Setting.ENTITIES_CLASSPATH)
                .map(ConfiguredValue::origin).orElse("");
        for (Path entry : entries) {
            if (!Files.exists(entry)) {
                Path shown = entry.startsWith(settings.projectDir()) ? settings.projectDir().relativize(entry) : entry;
                throw new ConfigurationException(origin + " names " + shown + ", which does not exist (build the application first, e.g. mvn compile, or fix the path)");
            }
        }
        ConfiguredValue namingValue = settings.find(Setting.ENTITIES_NAMING).orElseThrow();
        Map<String, String> hibernate = settings.hibernateSettings();
        EntitySource source = EntitySource.packages(entries, scanned.toArray(String[]::new))
                .withNaming(naming(namingValue))
                .withSettings(hibernate);
        return postgresMajor >= 12 ? source.withPostgresMajorVersion(postgresMajor) : source;
    }

    private static Naming naming(ConfiguredValue value) {
        String text = value.value().strip();
        Optional<String> badClass = List.of(text.split(",")).stream().map(String::strip)
                .filter(part -> !part.isEmpty() && !isKnownNaming(part) && !part.matches("[\\w$]+(\\.[\\w$]+)+"))
                .findFirst();
        if (badClass.isPresent()) {
            throw new ConfigurationException(value.origin() + " '" + text + "' is not a naming: use hibernate, spring-boot-3 (or spring-boot),"
                    + " spring-boot-4, snake-case, or a PhysicalNamingStrategy class name (optionally ,ImplicitNamingStrategy class name)");
        }
        return Naming.parse(text);
    }

    private static boolean isKnownNaming(String text) {
        return List.of("hibernate", "default", "spring-boot", "spring", "spring-boot-3", "spring-boot-4", "snake-case",
                "snake_case").contains(text.toLowerCase(Locale.ROOT));
    }
}
