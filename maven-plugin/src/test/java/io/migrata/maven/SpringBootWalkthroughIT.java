package io.migrata.maven;

import static io.migrata.maven.SampleBuilds.columns;
import static io.migrata.maven.SampleBuilds.emptyDirectory;
import static io.migrata.maven.SampleBuilds.javaFiles;
import static io.migrata.maven.SampleBuilds.mvn;
import static io.migrata.maven.SampleBuilds.run;
import static io.migrata.maven.SampleBuilds.versionRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.maven.SampleBuilds.Run;
import io.migrata.testing.PostgresServers;
import io.migrata.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/spring-boot.md followed as a new user follows it: an empty directory gets exactly the files
 * of its walkthrough (each block that a line naming a path introduces) and the commands of its
 * {@code bash} blocks run in their order, {@code mvn} being this repository's wrapper offline on the
 * integration tests' repository. The application migrates its database at start, Hibernate
 * validates it, and the catalog is the judge; the step the page tells in words (an entity changed,
 * the build fails until a migration is written) is done here by hand.
 */
class SpringBootWalkthroughIT {

    private static final Path PAGE = Path.of(System.getProperty("migrata.it.docs"), "spring-boot.md");
    private static final Pattern FILE = Pattern.compile("^`([^`\\s]+)`:\\n\\n```\\w*\\n(.*?)\\n```$", Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern BASH = Pattern.compile("^```bash\\n(.*?)\\n```$", Pattern.MULTILINE | Pattern.DOTALL);
    /** A shell word: unquoted characters and double-quoted runs, as in {@code -Dmigrata.message="create customers"}. */
    private static final Pattern WORD = Pattern.compile("(?:[^\\s\"]+|\"[^\"]*\")+");

    @Test
    void theSpringBootWalkthroughOfTheDocs() throws Exception {
        String walkthrough = walkthrough(Files.readString(PAGE));
        Path project = emptyDirectory(Path.of(System.getProperty("migrata.it.work"), "walkthrough"));
        Matcher file = FILE.matcher(walkthrough);
        List<String> written = new ArrayList<>();
        while (file.find()) {
            Path target = project.resolve(file.group(1));
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.group(2) + "\n");
            written.add(file.group(1));
        }
        assertTrue(written.containsAll(List.of("pom.xml", "src/main/resources/application.properties",
                "src/test/java/com/example/shop/MigrationsTest.java")), "the page shows every file: " + written);
        List<List<String>> commands = commands(walkthrough);
        assertEquals(6, commands.size(), "revision; package and start; revision, package and start again: " + commands);

        try (TestDatabase db = TestDatabase.create(PostgresServers.shared())) {
            Run first = execute(project, db, commands.get(0));
            assertEquals(0, first.exit(), first.output());
            assertTrue(first.output().contains("create table public.customer (id, full_name)"), first.output());
            assertEquals(1, javaFiles(project.resolve("src/main/java/com/example/shop/migrations")).size());

            Run build = execute(project, db, commands.get(1));
            assertEquals(0, build.exit(), build.output());
            assertTrue(build.output().contains("Tests run: 2, Failures: 0, Errors: 0"), "MigrationsTest ran: " + build.output());
            Run start = execute(project, db, commands.get(2));
            assertEquals(0, start.exit(), start.output());
            assertTrue(start.output().contains("running upgrade base -> 001_create_customers"), start.output());
            assertTrue(start.output().contains("shop: 0 customers"), "JPA works on the migrated schema: " + start.output());
            assertEquals(Map.of("id", "bigint", "full_name", "character varying"), columns(db, "customer"));
            assertEquals(List.of("001_create_customers"), versionRows(db));

            Path entity = project.resolve("src/main/java/com/example/shop/domain/Customer.java");
            Files.writeString(entity, Files.readString(entity).replace("private String fullName;",
                    "private String fullName;\n\n    private String email;"));
            Run missing = execute(project, db, commands.get(1));
            assertNotEquals(0, missing.exit(), missing.output());
            assertTrue(missing.output().contains("add column public.customer.email character varying(255) NULL"),
                    "MigrationsTest names the missing column: " + missing.output());

            Run second = execute(project, db, commands.get(3));
            assertEquals(0, second.exit(), second.output());
            Run rebuild = execute(project, db, commands.get(4));
            assertEquals(0, rebuild.exit(), rebuild.output());
            Run restart = execute(project, db, commands.get(5));
            assertEquals(0, restart.exit(), restart.output());
            assertTrue(restart.output().contains("running upgrade 001_create_customers -> 002_add_customer_email"), restart.output());
            assertEquals(Map.of("id", "bigint", "full_name", "character varying", "email", "character varying"),
                    columns(db, "customer"));
            assertEquals(List.of("002_add_customer_email"), versionRows(db));
        }
    }

    private static String walkthrough(String page) {
        int start = page.indexOf("## From a blank Maven project");
        assertTrue(start >= 0, "docs/spring-boot.md has the walkthrough");
        int end = page.indexOf("\n## ", start + 1);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    /** The {@code mvn} and {@code java} lines of the bash blocks, split into words, comments dropped. */
    private static List<List<String>> commands(String walkthrough) {
        List<List<String>> commands = new ArrayList<>();
        Matcher block = BASH.matcher(walkthrough);
        while (block.find()) {
            for (String line : block.group(1).split("\n")) {
                String command = line.replaceFirst("\\s+#.*$", "").strip();
                if (!command.startsWith("mvn ") && !command.startsWith("java ")) continue;
                List<String> words = new ArrayList<>();
                Matcher word = WORD.matcher(command);
                while (word.find()) words.add(word.group().replace("\"", ""));
                commands.add(words);
            }
        }
        return commands;
    }

    /** {@code mvn} runs offline on the tests' repository; {@code java -jar} starts the application on the test database. */
    private static Run execute(Path project, TestDatabase db, List<String> command) throws IOException, InterruptedException {
        List<String> arguments = command.subList(1, command.size());
        if (command.get(0).equals("mvn")) {
            return mvn(project, db, Map.of(), arguments.toArray(String[]::new));
        }
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        java.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(java).directory(project.toFile());
        builder.environment().put("SPRING_DATASOURCE_URL", db.url());
        builder.environment().put("SPRING_DATASOURCE_USERNAME", db.user());
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", db.password() == null ? "" : db.password());
        return run(builder);
    }
}
