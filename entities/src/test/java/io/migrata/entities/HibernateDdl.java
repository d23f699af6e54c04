package io.migrata.entities;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/** Hibernate's own create script for entities, booted exactly as the reader boots them. */
final class HibernateDdl {

    private HibernateDdl() {
    }

    /** The statements of Hibernate's create script, one per element, without delimiters. */
    static List<String> createScript(EntitySource source) {
        try (HibernateBoot boot = HibernateBoot.boot(source)) {
            StringWriter script = new StringWriter();
            Map<String, Object> settings = new HashMap<>(HibernateBoot.settings(source));
            settings.put("jakarta.persistence.schema-generation.scripts.action", "create");
            settings.put("jakarta.persistence.schema-generation.scripts.create-target", script);
            settings.put("hibernate.hbm2ddl.delimiter", ";");
            SchemaManagementToolCoordinator.process(boot.metadata(), boot.registry(), settings, null);
            return Arrays.stream(script.toString().split(";\\s*(\\R|$)")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
    }
}
