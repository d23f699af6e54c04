package io.migrata.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real Alembic (Debian's {@code python3-alembic} with {@code python3-psycopg2}) run on a
 * project directory: {@code alembic init}, revisions written by {@code alembic revision} with their
 * upgrade filled in, and {@code alembic upgrade}.
 */
public final class Alembic {

    /** Debian's interpreter, which sees Debian's Python packages whatever else is first on the PATH. */
    private static final String PYTHON = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";

    private final Path project;

    private Alembic(Path project) {
        this.project = project;
    }

    /** {@code alembic init alembic} in {@code project}, with {@code sqlalchemy.url} naming the test database. */
    public static Alembic init(Path project, TestDatabase db) throws IOException, InterruptedException {
        Alembic alembic = new Alembic(project);
        alembic.run("init", "alembic");
        String host = db.server().host().contains(":") ? "[" + db.server().host() + "]" : db.server().host();
        String authority = host + ":" + db.server().port();
        String credentials = db.user() + (db.password() == null ? "" : ":" + db.password());
        Path ini = project.resolve("alembic.ini");
        String url = "postgresql://" + credentials + "@" + authority + "/" + db.name();
        Files.writeString(ini, Files.readString(ini).replaceFirst("(?m)^sqlalchemy\\.url = .*$", "sqlalchemy.url = " + url));
        return alembic;
    }

    /** {@code alembic revision --rev-id ID -m MESSAGE}, its {@code upgrade()} then running the given operation. */
    public void revision(String id, String message, String upgrade) throws IOException, InterruptedException {
        run("revision", "--rev-id", id, "-m", message);
        Path file;
        try (Stream<Path> list = Files.list(project.resolve("alembic/versions"))) {
            file = list.filter(p -> p.getFileName().toString().startsWith(id + "_")).findFirst().orElseThrow();
        }
        String text = Files.readString(file);
        int body = text.indexOf("def upgrade()");
        int pass = text.indexOf("    pass", body);
        Files.writeString(file, text.substring(0, pass) + "    " + upgrade + text.substring(pass + "    pass".length()));
    }

    /** {@code alembic ARGS…} in the project directory; a failure is an {@link IllegalStateException} with its output. */
    public void run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PYTHON, "-m", "alembic"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("alembic " + String.join(" ", arguments) + " did not finish in 120 s");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("alembic " + String.join(" ", arguments) + " failed (it needs python3-alembic and"
                    + " python3-psycopg2): " + output);
        }
    }
}
