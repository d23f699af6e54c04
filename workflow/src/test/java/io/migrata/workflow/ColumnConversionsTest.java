package io.migrata.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.diff.DiffOptions;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.QualifiedName;
import io.migrata.workflow.config.ConfigurationException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnConversionsTest {

    @Test
    void readsColumnsAndExpressionsThatHoldCommasAndEqualsSigns() {
        DiffOptions options = ColumnConversions.apply(DiffOptions.defaults(),
                "files.ref=nullif(ref, '')::bigint; \"Sales EU\".\"Order\".\"a=b\" = CASE WHEN \"a=b\" = 'y' THEN true END;"
                        + " Audit.Log.Payload=payload::jsonb");
        assertEquals(Map.of(
                        new ColumnRef(QualifiedName.of("public", "files"), "ref"), "nullif(ref, '')::bigint",
                        new ColumnRef(QualifiedName.of("Sales EU", "Order"), "a=b"), "CASE WHEN \"a=b\" = 'y' THEN true END",
                        new ColumnRef(QualifiedName.of("audit", "log"), "payload"), "payload::jsonb"),
                options.conversions());
    }

    @Test
    void nothingConfiguredGivesNoConversions() {
        assertEquals(Map.of(), ColumnConversions.apply(DiffOptions.defaults(), null).conversions());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ref=ref::bigint", "files.ref", "files.ref=", "a.b.c.d=1", "files..ref=1"})
    void aMalformedItemIsOneLineNamingTheForm(String item) {
        ConfigurationException refused = assertThrows(ConfigurationException.class,
                () -> ColumnConversions.apply(DiffOptions.defaults(), item));
        assertTrue(refused.getMessage().contains("[schema.]table.column=EXPRESSION"), refused.getMessage());
        assertTrue(refused.getMessage().contains(item), refused.getMessage());
    }
}
