package io.migrata.maven;

import io.migrata.workflow.config.Setting;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workflow words its notices and failures for the command ({@code --url}, {@code migrata revision
 * -m MESSAGE}, {@code run with --verbose}); in a build they name what a Maven user sets instead: the
 * {@code -D} property and the {@code <configuration>} element, or the goal. Every line the plugin
 * logs or fails with passes through here.
 */
final class MavenWording {

    /** The {@code <configuration>} element of each setting a goal takes; its {@code -D} property is the setting's key. */
    private static final Map<Setting, String> ELEMENTS = new EnumMap<>(Map.ofEntries(
            Map.entry(Setting.URL, "url"),
            Map.entry(Setting.DEV_URL, "devUrl"),
            Map.entry(Setting.VERSIONS_DIRECTORY, "versionsDirectory"),
            Map.entry(Setting.MIGRATIONS_PACKAGE, "migrationsPackage"),
            Map.entry(Setting.ENTITIES_PACKAGES, "entities"),
            Map.entry(Setting.ENTITIES_NAMING, "naming"),
            Map.entry(Setting.SCHEMAS, "schemas"),
            Map.entry(Setting.INCLUDE, "include"),
            Map.entry(Setting.EXCLUDE, "exclude"),
            Map.entry(Setting.MANAGE, "manage"),
            Map.entry(Setting.VERSION_TABLE_SCHEMA, "versionTableSchema"),
            Map.entry(Setting.LOCK_TIMEOUT, "lockTimeout")));

    /** Flags of the command's goals that are no setting, as the goal's property. */
    private static final Map<String, String> GOAL_FLAGS = Map.of(
            "--against", "migrata.against",
            "--rename", "migrata.renames",
            "--no-renames", "migrata.noRenames",
            "--from", "migrata.from",
            "--to", "migrata.to",
            "-m", "migrata.message");

    private static final Pattern VERBOSE = Pattern.compile("run with --verbose");
    private static final Pattern COMMAND = Pattern.compile(
            "\\bmigrata (revision|upgrade|downgrade|stamp|current|history|heads|check|drift|verify|diff|inspect)\\b");
    private static final Pattern FLAG = Pattern.compile("(?<![\\w-])(--[a-z][a-z-]*|-m)(?:[ =]([A-Z][A-Z_]*|head|[\\w.=-]+=[\\w.=-]+))?(?![\\w-])");

    private MavenWording() {
    }

    static String of(String line) {
        if (line == null) return null;
        // The goal autogenerates unless told otherwise.
        String text = VERBOSE.matcher(line.replace(" --autogenerate", "")).replaceAll("run Maven with -e");
        text = COMMAND.matcher(text).replaceAll("mvn migrata:$1");
        Matcher flag = FLAG.matcher(text);
        StringBuilder worded = new StringBuilder();
        while (flag.find()) flag.appendReplacement(worded, Matcher.quoteReplacement(maven(flag.group(1), flag.group(2), flag.group())));
        flag.appendTail(worded);
        return worded.toString();
    }

    /** The Maven words for {@code flag} and its value (null when none follows), or the text as it was. */
    private static String maven(String flag, String value, String text) {
        String property = GOAL_FLAGS.get(flag);
        String element = null;
        if (property == null) {
            for (Setting setting : Setting.values()) {
                if (!flag.equals(setting.flag())) continue;
                if (setting == Setting.ENTITIES_CLASSPATH) return "the project's class path";
                property = setting.property();
                element = ELEMENTS.get(setting);
                if (element == null) return property + " in migrata.properties (or " + setting.variable() + ")" + (value == null ? "" : " " + value);
            }
        }
        if (property == null) return text;
        String set = "-D" + property + (value == null ? "" : "=" + value);
        return element == null ? set : set + " (<" + element + ">)";
    }
}
