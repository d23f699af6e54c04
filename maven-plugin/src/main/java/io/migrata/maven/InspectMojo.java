package io.migrata.maven;

import io.migrata.introspect.UnmodeledObject;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.TableDef;
import io.migrata.workflow.Inspection;
import io.migrata.workflow.Migrata;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn migrata:inspect}: the tables and columns of the database, or of the entities with {@code -Dmigrata.inspectEntities}. */
@Mojo(name = "inspect", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class InspectMojo extends MigrataMojo {

    /** Read the entities instead of the database. */
    @Parameter(property = "migrata.inspectEntities", defaultValue = "false")
    @CommandOption("--entities")
    boolean inspectEntities;

    @Override
    void run(Migrata migrata) {
        Inspection inspection = inspectEntities ? migrata.inspectEntities() : migrata.inspect(items(schemas), items(exclude), false);
        getLog().info(inspection.source() + ": " + inspection.model().tables().size() + " tables");
        for (TableDef table : inspection.model().tables()) {
            getLog().info("table " + table.name());
            for (ColumnDef column : table.columns()) {
                getLog().info("  " + column.name() + " " + column.type().spelling() + (column.nullable() ? "" : " not null"));
            }
        }
        if (!inspection.unmodeled().isEmpty()) getLog().warn("not modeled, so never compared by diff, check or drift:");
        for (UnmodeledObject object : inspection.unmodeled()) getLog().warn("  " + object.describe());
    }
}
