package io.migrata.maven;

import io.migrata.workflow.config.Setting;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The workflow words its notices and failures for the command ({@code --url}, {@code migrata revision
 * -m MESSAGE}, {@code run with --verbose}); in a build they name what a Maven user sets instead: the
 * {@code -D} property and the {@code <configuration>} element, or the goal. Every line the plugin
 * logs or fails with passes through here.
 *
 * <p>Nothing here lists an option: the goals come from the plugin's descriptor, which Maven reads
 * too, and each goal parameter names the command option it stands for ({@link SetsSetting},
 * {@link CommandOption}); its {@code -D} property is the descriptor's. The table is read on the
 * first line that names a command or a flag, which most goals never log.
 */
final class MavenWording {

    private static final String DESCRIPTOR = "/META-INF/maven/plugin.xml";
    private static final Pattern VERBOSE = Pattern.compile("run with --verbose");
    /** What may name a command or a flag; a line without it is left as it is without reading the table. */
    private static final Pattern CANDIDATE = Pattern.compile("(?<![\\w-])-|\\bmigrata ");
    /** A flag's value: a placeholder (MESSAGE), head, NAME=VALUE, or a word with a digit or an underscore (a revision, 30s); not prose. */
    private static final String VALUE = "(?:[ =]([A-Z][A-Z_]*|head|[\\w.=-]+=[\\w.=-]+|[\\w.:+-]*[\\d_][\\w.:+-]*))?(?![\\w-])";

    private MavenWording() {
    }

    static String of(String line) {
        if (line == null || !CANDIDATE.matcher(line).find()) return line;
        // The goal autogenerates unless told otherwise.
        String text = VERBOSE.matcher(line.replace(" --autogenerate", "")).replaceAll("run Maven with -e");
        Table table = Table.INSTANCE;
        text = table.commands.matcher(text).replaceAll("mvn migrata:$1");
        Matcher flag = table.flags.matcher(text);
        StringBuilder worded = new StringBuilder();
        while (flag.find()) {
            Words words = table.words.get(flag.group(1));
            String value = flag.group(2);
            flag.appendReplacement(worded, Matcher.quoteReplacement(words.of(value)));
        }
        flag.appendTail(worded);
        return worded.toString();
    }

    /** Every goal of the plugin with the class that implements it, in the descriptor's order. */
    static Map<String, Class<? extends MigrataMojo>> goals() {
        return Table.INSTANCE.goals;
    }

    /** The {@code -D} property of each parameter of {@code goal} (by its name, the {@code <configuration>} element) that has one. */
    static Map<String, String> properties(String goal) {
        return Table.INSTANCE.properties.getOrDefault(goal, Map.of());
    }

    /** How a flag reads in the build log, given the value that follows it (null when none does). */
    private interface Words {
        String of(String value);
    }

    /** Read once per JVM, from the descriptor in this plugin's jar. */
    private static final class Table {

        static final Table INSTANCE = new Table();

        final Map<String, Class<? extends MigrataMojo>> goals = new LinkedHashMap<>();
        final Map<String, Map<String, String>> properties = new LinkedHashMap<>();
        /** Flag to its Maven words: the parameters of settings first, then the goals' own, then settings no goal takes. */
        final Map<String, Words> words = new LinkedHashMap<>();
        final Pattern commands;
        final Pattern flags;

        private Table() {
            readDescriptor();
            Map<String, Words> goalOptions = new LinkedHashMap<>();
            for (Map.Entry<String, Class<? extends MigrataMojo>> goal : goals.entrySet()) {
                Map<String, String> byName = properties.get(goal.getKey());
                for (Field field : GoalParameters.of(goal.getValue())) {
                    String property = byName.get(field.getName());
                    if (property == null) continue;
                    SetsSetting setting = field.getAnnotation(SetsSetting.class);
                    CommandOption option = field.getAnnotation(CommandOption.class);
                    String element = field.getName();
                    // A setting is configured once, so its element is named too; a goal's own option is given per run.
                    if (setting != null) {
                        words.putIfAbsent(setting.value().flag(), value -> "-D" + property + (value == null ? "" : "=" + value) + " (<" + element + ">)");
                    }
                    if (option != null) {
                        // A positional parameter has a label, which a message may use as a word.
                        for (String name : option.value()) {
                            if (!name.startsWith("-")) continue;
                            goalOptions.putIfAbsent(name, value -> "-D" + property + (value == null ? "" : "=" + value));
                        }
                    }
                }
            }
            goalOptions.forEach(words::putIfAbsent);
            words.put(Setting.ENTITIES_CLASSPATH.flag(), value -> "the project's class path");
            for (Setting setting : Setting.values()) {
                words.putIfAbsent(setting.flag(), value -> setting.property() + " in migrata.properties (or " + setting.variable() + ")"
                        + (value == null ? "" : " " + value));
            }
            commands = Pattern.compile("\\bmigrata (" + String.join("|", goals.keySet()) + ")\\b");
            List<String> names = new ArrayList<>(words.keySet());
            // The longest first, so --entities-classpath is never read as --entities.
            names.sort((a, b) -> b.length() - a.length());
            flags = Pattern.compile("(?<![\\w-])(" + names.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")" + VALUE);
        }

        private void readDescriptor() {
            try (InputStream in = MavenWording.class.getResourceAsStream(DESCRIPTOR)) {
                if (in == null) throw new IllegalStateException("the plugin's jar has no " + DESCRIPTOR);
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
                NodeList mojos = factory.newDocumentBuilder().parse(in).getElementsByTagName("mojo");
                for (int i = 0; i < mojos.getLength(); i++) {
                    Element mojo = (Element) mojos.item(i);
                    String goal = text(mojo, "goal");
                    goals.put(goal, Class.forName(text(mojo, "implementation")).asSubclass(MigrataMojo.class));
                    Map<String, String> byName = new LinkedHashMap<>();
                    NodeList configuration = mojo.getElementsByTagName("configuration");
                    if (configuration.getLength() > 0) {
                        for (Node node = configuration.item(0).getFirstChild(); node != null; node = node.getNextSibling()) {
                            String expression = node.getTextContent().strip();
                            if (node instanceof Element && expression.startsWith("${") && expression.endsWith("}")) {
                                byName.put(node.getNodeName(), expression.substring(2, expression.length() - 1));
                            }
                        }
                    }
                    properties.put(goal, Collections.unmodifiableMap(byName));
                }
            } catch (IOException | ParserConfigurationException | SAXException | ClassNotFoundException e) {
                throw new IllegalStateException("the plugin's descriptor " + DESCRIPTOR + " cannot be read", e);
            }
        }

        private static String text(Element parent, String child) {
            return parent.getElementsByTagName(child).item(0).getTextContent().strip();
        }
    }
}
