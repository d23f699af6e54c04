package io.migrata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.cli.MigrataCommand;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The goals against the command's own model: every option and positional parameter of every command
 * the plugin has a goal for is a parameter of that goal, or is named here as not offered in Maven,
 * with the reason. A new option of the command fails this test until it is one or the other.
 */
class MavenWordingTest {

    /** What no goal takes, whatever the command: Maven has its own way, or it has no place in a build. */
    private static final Map<String, String> NOT_OFFERED_ANYWHERE = Map.of(
            "--verbose", "Maven's -e shows the stack trace",
            "-q", "Maven's -q",
            "--quiet", "Maven's -q",
            "--entities-classpath", "the entities' class path is the project's, as Maven resolved it",
            "--setting", "Hibernate settings are keys of their own in migrata.properties (migrata.entities.settings.NAME)",
            "--format", "the build log is text; a program reads the command's JSON",
            "-v", "the log lines carry what a build needs; the command prints a revision's details",
            "--verbose-revisions", "as -v");

    /** What one command has and its goal does not take. */
    private static final Map<String, Map<String, String>> NOT_OFFERED = Map.of(
            "upgrade", Map.of("--sql", "the command prints the offline script; a build applies the migrations"),
            "downgrade", Map.of("--sql", "as upgrade's"),
            "diff", Map.of("--sql", "the command prints a diff as a script", "--java", "revision writes the class; the command previews it"),
            "inspect", Map.of("--demo", "a build does not create demo tables in a database"));

    @Test
    void everyOptionOfEveryGoalsCommandIsAParameterOfTheGoalOrNotOfferedInMaven() {
        Map<String, Class<? extends MigrataMojo>> goals = MavenWording.goals();
        assertEquals(Set.of("revision", "upgrade", "downgrade", "stamp", "current", "history", "heads", "check", "drift",
                "verify", "diff", "inspect"), goals.keySet(), "the goals the descriptor lists");
        List<String> missing = new ArrayList<>();
        Set<String> declaredAnywhere = new LinkedHashSet<>();
        for (Map.Entry<String, Class<? extends MigrataMojo>> goal : goals.entrySet()) {
            CommandSpec command = command(goal.getKey());
            Set<String> taken = taken(goal.getValue());
            Map<String, String> notOffered = NOT_OFFERED.getOrDefault(goal.getKey(), Map.of());
            Set<String> declared = new LinkedHashSet<>();
            for (OptionSpec option : command.options()) {
                if (option.usageHelp() || option.versionHelp()) continue;
                declared.addAll(List.of(option.names()));
            }
            for (PositionalParamSpec parameter : command.positionalParameters()) declared.add(parameter.paramLabel());
            declaredAnywhere.addAll(declared);
            for (String name : declared) {
                if (!taken.contains(name) && !notOffered.containsKey(name) && !NOT_OFFERED_ANYWHERE.containsKey(name)) {
                    missing.add(goal.getKey() + " " + name);
                }
            }
            for (String name : notOffered.keySet()) {
                assertTrue(declared.contains(name), "migrata " + goal.getKey() + " has no " + name + " to leave out");
                assertTrue(!taken.contains(name), goal.getKey() + " takes " + name + ", which is also listed as not offered");
            }
            for (Field field : GoalParameters.of(goal.getValue())) {
                CommandOption option = field.getAnnotation(CommandOption.class);
                if (option == null) continue;
                for (String name : option.value()) {
                    assertTrue(declared.contains(name), goal.getKey() + "'s " + field.getName() + " stands for " + name
                            + ", which migrata " + goal.getKey() + " does not declare");
                }
            }
        }
        for (String name : NOT_OFFERED_ANYWHERE.keySet()) assertTrue(declaredAnywhere.contains(name), "no goal's command has " + name + " to leave out");
        assertEquals(List.of(), missing, "options of the command that are neither a parameter of the goal nor listed as not offered");
    }

    @Test
    void aSettingsPropertyIsItsKeyInMigrataProperties() {
        for (Map.Entry<String, Class<? extends MigrataMojo>> goal : MavenWording.goals().entrySet()) {
            Map<String, String> properties = MavenWording.properties(goal.getKey());
            for (Field field : GoalParameters.of(goal.getValue())) {
                SetsSetting setting = field.getAnnotation(SetsSetting.class);
                if (setting == null) continue;
                assertEquals(String.class, field.getType(), field.getName() + " is passed on as the setting's text");
                assertEquals(setting.value().property(), properties.get(field.getName()), goal.getKey() + "'s " + field.getName());
            }
            for (Field field : GoalParameters.of(goal.getValue())) {
                if (field.getAnnotation(CommandOption.class) == null) continue;
                assertNotNull(properties.get(field.getName()), goal.getKey() + "'s " + field.getName() + " has a -D property");
            }
        }
    }

    @Test
    void linesNameTheMavenParameterInsteadOfTheFlag() {
        assertEquals("set -Dmigrata.url (<url>) or DATABASE_URL", MavenWording.of("set --url or DATABASE_URL"));
        assertEquals("-Dmigrata.lock-timeout (<lockTimeout>) 'soon' is not a duration",
                MavenWording.of("--lock-timeout 'soon' is not a duration"));
        assertEquals("create one with mvn migrata:revision -Dmigrata.message=MESSAGE",
                MavenWording.of("create one with migrata revision --autogenerate -m MESSAGE"));
        assertEquals("compare with the migrations instead: -Dmigrata.against=head",
                MavenWording.of("compare with the migrations instead: --against head"));
        assertEquals("acknowledge it with mvn migrata:stamp -Dmigrata.repair=REV",
                MavenWording.of("acknowledge it with migrata stamp --repair REV"));
        assertEquals("if the database already matches the edited code, acknowledge it with: mvn migrata:stamp -Dmigrata.repair=002_backfill_names",
                MavenWording.of("if the database already matches the edited code, acknowledge it with: migrata stamp --repair 002_backfill_names"));
        assertEquals("the last -Dmigrata.last=3 revisions", MavenWording.of("the last -n 3 revisions"));
        assertEquals("the project's class path holds no entity", MavenWording.of("--entities-classpath holds no entity"));
        assertEquals("name what to drop with -Dmigrata.manage (<manage>)", MavenWording.of("name what to drop with --manage"));
        assertEquals("or -Dmigrata.noRenames to drop and add it", MavenWording.of("or --no-renames to drop and add it"));
        assertEquals("migrata.entities.settings.<name> in migrata.properties (or MIGRATA_HIBERNATE_SETTINGS) hibernate.x=1",
                MavenWording.of("--setting hibernate.x=1"));
        assertEquals("statements wait migrata.statement-lock-timeout in migrata.properties (or MIGRATA_STATEMENT_LOCK_TIMEOUT)",
                MavenWording.of("statements wait --statement-lock-timeout"));
        assertEquals("(run Maven with -e for details)", MavenWording.of("(run with --verbose for details)"));
        assertEquals("a line with a dash - and -1 but no flag", MavenWording.of("a line with a dash - and -1 but no flag"));
        assertEquals("--no-such-flag stays", MavenWording.of("--no-such-flag stays"));
    }

    private static CommandSpec command(String name) {
        CommandLine cli = MigrataCommand.commandLine(Map.of(), name);
        CommandLine command = cli.getSubcommands().get(name);
        assertNotNull(command, "migrata has a command for the goal " + name);
        return command.getCommandSpec();
    }

    /** The options and positional labels a goal's parameters stand for. */
    private static Set<String> taken(Class<?> goal) {
        Set<String> taken = new LinkedHashSet<>();
        for (Field field : GoalParameters.of(goal)) {
            SetsSetting setting = field.getAnnotation(SetsSetting.class);
            if (setting != null) taken.add(setting.value().flag());
            CommandOption option = field.getAnnotation(CommandOption.class);
            if (option != null) taken.addAll(List.of(option.value()));
        }
        return taken;
    }
}
