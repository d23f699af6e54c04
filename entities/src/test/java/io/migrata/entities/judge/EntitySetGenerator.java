package io.migrata.entities.judge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes the Java sources of a varied set of JPA entities that together use every mapping the
 * entity reader covers: basic types with lengths, precision and scale, enums (STRING and ORDINAL),
 * JSON, defaults, comments, checks, columnDefinition, unique columns and constraints, indexes,
 * schemas, identity and sequence ids, many-to-one (with ON DELETE CASCADE), many-to-many, element
 * collections, embeddables, a mapped superclass, the three inheritance strategies, and names that
 * PostgreSQL truncates or numbers. The same seed always writes the same sources.
 */
public final class EntitySetGenerator {

    public static final String PACKAGE = "gen";
    public static final String SIDE_SCHEMA = "side";

    private final Random random;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final List<String> plainEntities = new ArrayList<>();
    private int entityCount;

    private EntitySetGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Sources (fully qualified class name → code) with at least {@code minimumEntities} entity classes. */
    public static Map<String, String> generate(int minimumEntities, long seed) {
        EntitySetGenerator generator = new EntitySetGenerator(seed);
        generator.shared();
        for (int i = 0; generator.entityCount < minimumEntities; i++) {
            switch (i % 10) {
                case 6 -> generator.singleTable(i);
                case 7 -> generator.joined(i);
                case 8 -> generator.tablePerClass(i);
                case 9 -> generator.collections(i);
                default -> generator.plain(i);
            }
        }
        generator.nameCollisions();
        return generator.sources;
    }

    private void shared() {
        add("Color", "public enum Color { RED, GREEN, BLUE }");
        add("Level", "public enum Level { LOW, MID, HIGH, TOP }");
        add("Audited", """
                @MappedSuperclass
                public abstract class Audited {
                    @Column(name = "created_at", nullable = false) @ColumnDefault("now()") private Instant createdAt;
                    @Column(name = "updated_at") private OffsetDateTime updatedAt;
                    @Version private long version;
                }""");
        add("Money", """
                @Embeddable
                public class Money {
                    @Column(precision = 12, scale = 2) private BigDecimal amount;
                    @Column(length = 3) private String currency;
                }""");
        add("Place", """
                @Embeddable
                public class Place {
                    @Column(length = 120) private String street;
                    private String city;
                    @Enumerated(EnumType.STRING) private Color color;
                }""");
    }

    private void plain(int i) {
        String name = "E" + i;
        Fields fields = randomFields(2 + random.nextInt(7));
        boolean audited = random.nextInt(3) == 0;
        boolean side = random.nextInt(8) == 0;
        StringBuilder annotations = new StringBuilder("@Entity\n");
        List<String> tableParts = new ArrayList<>();
        if (random.nextInt(5) > 0) tableParts.add("name = \"e" + i + "_items\"");
        if (side) tableParts.add("schema = \"" + SIDE_SCHEMA + "\"");
        if (fields.indexable.size() >= 2) {
            tableParts.add("indexes = {@Index(name = \"ix_e" + i + "_pair\", columnList = \"" + fields.indexable.get(0) + ", "
                    + fields.indexable.get(1) + " desc\"), @Index(columnList = \"" + fields.indexable.get(1) + "\")}");
            tableParts.add("uniqueConstraints = {@UniqueConstraint(columnNames = {\"" + fields.indexable.get(0) + "\", \""
                    + fields.indexable.get(1) + "\"})" + (fields.indexable.size() > 2
                    ? ", @UniqueConstraint(name = \"uk_e" + i + "_third\", columnNames = \"" + fields.indexable.get(2) + "\")"
                    : "") + "}");
        }
        if (!tableParts.isEmpty()) annotations.append("@Table(").append(String.join(", ", tableParts)).append(")\n");
        if (random.nextBoolean()) annotations.append("@Comment(\"entity number ").append(i).append("\")\n");
        if (fields.checkable != null) {
            annotations.append("@Check(constraints = \"").append(fields.checkable).append(" >= 0 and ")
                    .append(fields.checkable).append(" < 100000\")\n");
        }
        StringBuilder body = new StringBuilder(id(i, !side && random.nextBoolean()));
        body.append(fields.code);
        if (!plainEntities.isEmpty() && random.nextInt(3) > 0) {
            String target = plainEntities.get(random.nextInt(plainEntities.size()));
            boolean cascade = random.nextBoolean();
            body.append("    @ManyToOne(fetch = FetchType.LAZY").append(cascade ? ", optional = false" : "").append(")\n")
                    .append("    @JoinColumn(name = \"").append(target.toLowerCase()).append("_ref\"")
                    .append(cascade ? ", nullable = false" : "").append(")\n")
                    .append(cascade ? "    @OnDelete(action = OnDeleteAction.CASCADE)\n" : "")
                    .append("    private ").append(target).append(" parent;\n");
        }
        add(name, annotations + "public class " + name + (audited ? " extends Audited" : "") + " {\n" + body + "}");
        plainEntities.add(name);
        entityCount++;
    }

    /** Identity ids (Long or Integer) or pooled sequences with a random allocation size. */
    private String id(int i, boolean sequence) {
        if (sequence) {
            int allocation = List.of(1, 10, 50, 100).get(random.nextInt(4));
            return "    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"g" + i + "\")\n"
                    + "    @SequenceGenerator(name = \"g" + i + "\", sequenceName = \"seq_e" + i + "\", allocationSize = "
                    + allocation + (random.nextBoolean() ? ", initialValue = 1000" : "") + ")\n"
                    + "    private Long id;\n";
        }
        return "    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)\n    private "
                + (random.nextInt(4) == 0 ? "Integer" : "Long") + " id;\n";
    }

    private static final class Fields {
        final StringBuilder code = new StringBuilder();
        final List<String> indexable = new ArrayList<>();
        String checkable;
    }

    private Fields randomFields(int count) {
        Fields fields = new Fields();
        for (int k = 0; k < count; k++) {
            int kind = random.nextInt(24);
            String column = "f" + k + "_" + kind;
            String line = switch (kind) {
                case 0 -> "@Column(name = \"" + column + "\", length = " + List.of(20, 80, 255).get(random.nextInt(3))
                        + (random.nextBoolean() ? ", nullable = false" : "") + ") private String v" + k + ";";
                case 1 -> "@Column(name = \"" + column + "\", unique = true, length = 120) private String v" + k + ";";
                case 2 -> "@Column(name = \"" + column + "\", precision = " + (10 + random.nextInt(9)) + ", scale = "
                        + random.nextInt(5) + ") @ColumnDefault(\"" + (random.nextBoolean() ? "0" : "0.00") + "\") private BigDecimal v" + k + ";";
                case 3 -> "@Column(name = \"" + column + "\") private Instant v" + k + ";";
                case 4 -> "@Column(name = \"" + column + "\") private OffsetDateTime v" + k + ";";
                case 5 -> "@Column(name = \"" + column + "\") private LocalDate v" + k + ";";
                case 6 -> "@Column(name = \"" + column + "\") private UUID v" + k + ";";
                case 7 -> "@Column(name = \"" + column + "\") @ColumnDefault(\"false\") private boolean v" + k + ";";
                case 8 -> "@Column(name = \"" + column + "\") private byte[] v" + k + ";";
                case 9 -> "@Column(name = \"" + column + "\") @Enumerated(EnumType.STRING) @ColumnDefault(\"'GREEN'\") private Color v" + k + ";";
                case 10 -> "@Column(name = \"" + column + "\") @Enumerated(EnumType.ORDINAL) private Level v" + k + ";";
                case 11 -> "@Column(name = \"" + column + "\") @JdbcTypeCode(SqlTypes.JSON) private Map<String, Object> v" + k + ";";
                case 12 -> "@Column(name = \"" + column + "\", columnDefinition = \"text\") private String v" + k + ";";
                case 13 -> "@Column(name = \"" + column + "\", columnDefinition = \"timestamp with time zone\") private Instant v" + k + ";";
                case 14 -> "@Column(name = \"" + column + "\") @Comment(\"field " + k + "\") @ColumnDefault(\"-1\") private int v" + k + ";";
                case 15 -> "@Column(name = \"" + column + "\") private long v" + k + ";";
                case 16 -> "@Column(name = \"" + column + "\") private double v" + k + ";";
                case 17 -> "@Column(name = \"" + column + "\") private float v" + k + ";";
                case 18 -> "@Column(name = \"" + column + "\") private LocalDateTime v" + k + ";";
                case 19 -> "@Column(name = \"" + column + "\") @Enumerated(EnumType.STRING) @Check(constraints = \"" + column
                        + " <> 'RED'\") private Color v" + k + ";";
                case 20 -> "@Column(name = \"Mixed" + k + "Case\", length = 40) private String v" + k + ";";
                case 21 -> "@Column(name = \"" + column + "\") private short v" + k + ";";
                case 22 -> "@Column(name = \"" + column + "\", columnDefinition = \"varchar(40)\") @ColumnDefault(\"'n/a'\") private String v" + k + ";";
                default -> "@Column(name = \"" + column + "\", nullable = false) @ColumnDefault(\"CURRENT_TIMESTAMP\") private Instant v" + k + ";";
            };
            fields.code.append("    ").append(line).append('\n');
            if (kind == 0 || kind == 3 || kind == 5 || kind == 6 || kind == 15) fields.indexable.add(column);
            if (kind == 15 || kind == 21) fields.checkable = column;
        }
        return fields;
    }

    private void singleTable(int i) {
        String root = "S" + i;
        add(root, "@Entity @Table(name = \"s" + i + "_shapes\") @Inheritance(strategy = InheritanceType.SINGLE_TABLE)\n"
                + "@DiscriminatorColumn(name = \"shape_kind\", length = 20)\n"
                + "public abstract class " + root + " {\n" + id(i, false)
                + "    @Column(length = 60, nullable = false) private String label;\n}");
        add(root + "Circle", "@Entity @DiscriminatorValue(\"circle\")\npublic class " + root + "Circle extends " + root
                + " {\n    @Column(nullable = false) private double radius;\n"
                + "    @Enumerated(EnumType.STRING) private Color fill;\n}");
        add(root + "Box", "@Entity @DiscriminatorValue(\"box\")\npublic class " + root + "Box extends " + root
                + " {\n    private int width;\n    @Enumerated(EnumType.ORDINAL) private Level depth;\n}");
        entityCount += 3;
    }

    private void joined(int i) {
        String root = "J" + i;
        add(root, "@Entity @Table(name = \"j" + i + "_accounts\") @Inheritance(strategy = InheritanceType.JOINED)\n"
                + "public class " + root + " extends Audited {\n" + id(i, random.nextBoolean())
                + "    @Column(unique = true, length = 64) private String handle;\n}");
        add(root + "Person", "@Entity @Table(name = \"j" + i + "_people\")\npublic class " + root + "Person extends " + root
                + " {\n    @Column(name = \"birth_date\") private LocalDate birthDate;\n    @Embedded private Place home;\n}");
        add(root + "Company", "@Entity @PrimaryKeyJoinColumn(name = \"account_id\")\npublic class " + root + "Company extends " + root
                + " {\n    @Column(name = \"vat_number\", length = 20, unique = true) private String vatNumber;\n"
                + "    @Embedded private Money capital;\n}");
        entityCount += 3;
    }

    private void tablePerClass(int i) {
        String root = "T" + i;
        add(root, "@Entity @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)\n"
                + "public abstract class " + root + " {\n" + id(i, true)
                + "    @Column(name = \"amount\", precision = 14, scale = 4) private BigDecimal amount;\n"
                + "    @Enumerated(EnumType.STRING) @Column(length = 16) private Color color;\n}");
        add(root + "Invoice", "@Entity @Table(name = \"t" + i + "_invoices\")\npublic class " + root + "Invoice extends " + root
                + " {\n    @Column(name = \"due_on\") private LocalDate dueOn;\n}");
        add(root + "Refund", "@Entity @Table(name = \"t" + i + "_refunds\")\npublic class " + root + "Refund extends " + root
                + " {\n    @Column(length = 200) private String reason;\n}");
        entityCount += 3;
    }

    private void collections(int i) {
        String name = "C" + i;
        String target = plainEntities.get(random.nextInt(plainEntities.size()));
        String other = plainEntities.get(random.nextInt(plainEntities.size()));
        add(name, "@Entity @Table(name = \"c" + i + "_baskets\")\npublic class " + name + " {\n" + id(i, false)
                + "    @ManyToMany @JoinTable(name = \"c" + i + "_links\", joinColumns = @JoinColumn(name = \"basket_id\"),\n"
                + "        inverseJoinColumns = @JoinColumn(name = \"item_id\")) private Set<" + target + "> items;\n"
                + "    @ManyToMany private List<" + other + "> others;\n"
                + "    @ElementCollection @CollectionTable(name = \"c" + i + "_labels\", joinColumns = @JoinColumn(name = \"basket_id\"))\n"
                + "    @Column(name = \"label\", length = 40) private Set<String> labels;\n"
                + "    @ElementCollection private List<Integer> scores;\n"
                + "    @ElementCollection @Enumerated(EnumType.STRING) private Set<Color> colors;\n"
                + "    @ElementCollection @CollectionTable(name = \"c" + i + "_prices\") private List<Money> prices;\n"
                + "    @Embedded private Money total;\n"
                + "    @Embedded @AttributeOverrides({@AttributeOverride(name = \"amount\", column = @Column(name = \"cost_amount\", precision = 9, scale = 3)),\n"
                + "        @AttributeOverride(name = \"currency\", column = @Column(name = \"cost_currency\", length = 3))}) private Money cost;\n}");
        entityCount++;
    }

    /**
     * Names PostgreSQL shortens (over 63 bytes) or numbers ({@code _key1}): table {@code x_a} with a
     * unique {@code b_c} and table {@code x_a_b} with a unique {@code c} both want {@code x_a_b_c_key}.
     */
    private void nameCollisions() {
        add("Clash1", "@Entity @Table(name = \"x_a\")\npublic class Clash1 {\n" + id(9001, false)
                + "    @Column(name = \"b_c\", unique = true) private String bc;\n}");
        add("Clash2", "@Entity @Table(name = \"x_a_b\")\npublic class Clash2 {\n" + id(9002, false)
                + "    @Column(name = \"c\", unique = true) private String c;\n}");
        add("VeryLong", "@Entity @Table(name = \"a_table_name_that_is_long_enough_to_need_truncating_in_postgres_yes\")\n"
                + "public class VeryLong {\n" + id(9003, false)
                + "    @Column(name = \"and_a_column_name_that_is_also_long_enough_to_be_truncated\", unique = true) private String x;\n"
                + "    @Enumerated(EnumType.STRING) @Column(name = \"and_a_column_name_that_is_also_long_enough_to_be_truncated_too\")"
                + " private Color y;\n}");
        entityCount += 3;
    }

    private void add(String simpleName, String body) {
        sources.put(PACKAGE + "." + simpleName, "package " + PACKAGE + ";\n\n" + IMPORTS + "\n" + body + "\n");
    }

    private static final String IMPORTS = """
            import jakarta.persistence.*;
            import java.math.BigDecimal;
            import java.time.*;
            import java.util.*;
            import org.hibernate.annotations.Check;
            import org.hibernate.annotations.ColumnDefault;
            import org.hibernate.annotations.Comment;
            import org.hibernate.annotations.JdbcTypeCode;
            import org.hibernate.annotations.OnDelete;
            import org.hibernate.annotations.OnDeleteAction;
            import org.hibernate.type.SqlTypes;
            """;
}
