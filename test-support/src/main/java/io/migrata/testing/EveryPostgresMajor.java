package io.migrata.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test once per major of {@link PostgresServers#majors()}, its {@link TestDatabase}
 * parameters made on {@link PostgresServers#ofMajor(int) a server of that major}. Each run is named
 * after the major and the judge {@link SchemaDump#withoutVersionTables} uses there.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith({PostgresMajors.class, PostgresExtension.class})
public @interface EveryPostgresMajor {
}
