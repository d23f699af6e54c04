package io.migrata.introspect.takeover;

import io.migrata.introspect.HistoryTableLayout;
import io.migrata.schema.Identifiers;
import io.migrata.schema.QualifiedName;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Flyway's history against its SQL migrations: a row with {@code success = false} is a failed
 * migration; a versioned file ({@code V7__add_index.sql}) whose version no successful row has (above
 * the baseline), or a repeatable one ({@code R__views.sql}) whose checksum is not the one last
 * applied, is pending. Checksums are computed as Flyway computes them: the CRC-32 of the file's
 * lines without their line breaks, a leading byte-order mark dropped.
 */
final class FlywayHistory {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql");
    private static final Pattern REPEATABLE = Pattern.compile("R__.*\\.sql");

    private record Row(int rank, String version, String description, String type, String script, Integer checksum,
                       boolean success) {
    }

    private FlywayHistory() {
    }

    static OtherToolHistory read(Connection connection, QualifiedName table, List<Path> locations) throws SQLException {
        List<Row> rows = rows(connection, table);
        List<String> problems = new ArrayList<>();
        for (Row row : rows) {
            if (!row.success) {
                problems.add("Flyway migration " + label(row) + " failed (success is false in " + table
                        + "): fix it with Flyway (flyway repair, then flyway migrate) before switching");
            }
        }
        Set<String> applied = new HashSet<>();
        BigInteger[] baseline = null;
        Map<String, Integer> repeatable = new HashMap<>();
        String current = null;
        for (Row row : rows) {
            if (!row.success) continue;
            if (row.type.equals("DELETE")) {
                if (row.version != null) applied.remove(normalized(row.version));
                continue;
            }
            if (row.version == null) {
                repeatable.put(row.script, row.checksum);
                continue;
            }
            if (row.type.contains("BASELINE")) baseline = parts(row.version);
            applied.add(normalized(row.version));
            current = row.version;
        }
        List<Path> existing = locations.stream().filter(Files::isDirectory).toList();
        if (existing.isEmpty()) {
            problems.add("cannot tell whether Flyway has migrations still to run: none of its locations " + locations
                    + " exists (name them with --flyway-locations)");
        }
        for (Path location : existing) pending(location, applied, baseline, repeatable, problems);
        String position = current == null ? "no versioned migration applied" : "version " + current;
        return new OtherToolHistory(HistoryTableLayout.FLYWAY_HISTORY, table, position, problems);
    }

    private static void pending(Path location, Set<String> applied, BigInteger[] baseline, Map<String, Integer> repeatable,
                                List<String> problems) {
        for (Path file : files(location)) {
            String name = file.getFileName().toString();
            Matcher versioned = VERSIONED.matcher(name);
            if (versioned.matches()) {
                String version = versioned.group(1).replace('_', '.');
                boolean belowBaseline = baseline != null && compare(parts(version), baseline) <= 0;
                if (!belowBaseline && !applied.contains(normalized(version))) {
                    problems.add("Flyway migration " + location.relativize(file) + " has not run: run flyway migrate first,"
                            + " so that the database is where the Flyway history ends");
                }
            } else if (REPEATABLE.matcher(name).matches()) {
                String script = location.relativize(file).toString().replace('\\', '/');
                Integer last = repeatable.get(script);
                if (last == null || last != checksum(file)) {
                    problems.add("Flyway repeatable migration " + script + (last == null ? " has not run" : " changed since it ran")
                            + ": run flyway migrate first");
                }
            }
        }
    }

    /** Flyway's checksum of a migration file. */
    static int checksum(Path file) {
        CRC32 crc = new CRC32();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            if (line != null && line.startsWith("\uFEFF")) line = line.substring(1);
            for (; line != null; line = reader.readLine()) crc.update(line.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Flyway migration " + file, e);
        }
        return (int) crc.getValue();
    }

    private static List<Row> rows(Connection connection, QualifiedName table) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT installed_rank, version, description, type, script, checksum,"
                     + " success FROM " + Identifiers.alwaysQuote(table) + " ORDER BY installed_rank")) {
            while (result.next()) {
                int checksum = result.getInt(6);
                rows.add(new Row(result.getInt(1), result.getString(2), result.getString(3), result.getString(4),
                        result.getString(5), result.wasNull() ? null : checksum, result.getBoolean(7)));
            }
        }
        return rows;
    }

    private static List<Path> files(Path location) {
        try (Stream<Path> walk = Files.walk(location)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the Flyway location " + location, e);
        }
    }

    private static String label(Row row) {
        return (row.version == null ? "" : row.version + " ") + "(" + row.description + ")";
    }

    /** Flyway compares versions by their numbers, so {@code 1.01}, {@code 1.1} and {@code 1.1.0} are one version. */
    private static String normalized(String version) {
        List<BigInteger> numbers = new ArrayList<>(Arrays.asList(parts(version)));
        while (numbers.size() > 1 && numbers.get(numbers.size() - 1).signum() == 0) numbers.remove(numbers.size() - 1);
        return String.join(".", numbers.stream().map(BigInteger::toString).toList());
    }

    private static BigInteger[] parts(String version) {
        return Arrays.stream(version.split("[._]")).map(BigInteger::new).toArray(BigInteger[]::new);
    }

    private static int compare(BigInteger[] a, BigInteger[] b) {
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            BigInteger x = i < a.length ? a[i] : BigInteger.ZERO;
            BigInteger y = i < b.length ? b[i] : BigInteger.ZERO;
            int order = x.compareTo(y);
            if (order != 0) return order;
        }
        return 0;
    }
}
