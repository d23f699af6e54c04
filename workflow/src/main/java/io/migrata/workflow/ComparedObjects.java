package io.migrata.workflow;

import io.migrata.diff.DiffOptions;
import io.migrata.diff.ObjectFilter;
import io.migrata.diff.Ownership;
import io.migrata.schema.SchemaModel;
import io.migrata.workflow.config.ConfigurationException;
import io.migrata.workflow.config.ProjectSettings;
import io.migrata.workflow.config.Setting;
import io.migrata.workflow.replay.HistoryOwnership;
import java.util.List;

/**
 * Which objects a comparison covers ({@code migrata.include}, {@code migrata.exclude}) and, in a
 * comparison with the entities, which of those are Migrata's to drop when the entities lack them:
 * what the history's typed operations created, not what a baseline adopted, plus what
 * {@code migrata.manage} names. Every comparison also takes the conversions the user gives for type
 * changes ({@code migrata.using}), whether types compare strictly ({@code migrata.types.strict}) and
 * whether grants are compared ({@code migrata.grants}).
 */
final class ComparedObjects {

    private final Project project;

    ComparedObjects(Project project) {
        this.project = project;
    }

    /** The filter and the type settings alone, for comparisons that drop nothing on the entities' word (drift). */
    DiffOptions filtered(DiffOptions options) {
        ProjectSettings settings = project.settings();
        ObjectFilter filter = ObjectFilter.everything()
                .including(settings.list(Setting.INCLUDE).toArray(String[]::new))
                .excluding(settings.list(Setting.EXCLUDE).toArray(String[]::new));
        DiffOptions typed = withGrants(options.withStrictTypes(flag(settings.value(Setting.STRICT_TYPES), "migrata.types.strict")));
        return ColumnConversions.apply(typed, settings.value(Setting.USING)).withFilter(filter);
    }

    /** Whether grants are compared ({@code migrata.grants}). */
    DiffOptions withGrants(DiffOptions options) {
        return options.withGrants(flag(project.settings().value(Setting.GRANTS), "migrata.grants"));
    }

    private static boolean flag(String value, String key) {
        if (value.equalsIgnoreCase("true")) return true;
        if (value.equalsIgnoreCase("false")) return false;
        throw new ConfigurationException(key + " is \"" + value + "\": write true or false");
    }

    /** The filter, and what is Migrata's by the history up to {@code heads}. */
    DiffOptions againstEntities(DiffOptions options, List<String> heads) {
        return againstEntities(options, HistoryOwnership.of(project.migrations().offline().replay(), heads));
    }

    /** The filter, and what is Migrata's by a history whose ownership is already known. */
    DiffOptions againstEntities(DiffOptions options, HistoryOwnership owned) {
        if (owned.created() == null) {
            project.notice("note: the revisions' operations could not be followed in memory, so no object counts as created"
                    + " by them: nothing the entities lack is dropped (name what to drop with --manage)");
        }
        Ownership ownership = Ownership.of(owned.created() == null ? SchemaModel.empty() : owned.created(), owned.adopted())
                .managing(project.settings().list(Setting.MANAGE).toArray(String[]::new));
        return filtered(options).withOwnership(ownership);
    }
}
