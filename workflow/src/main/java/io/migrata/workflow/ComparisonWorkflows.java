package io.migrata.workflow;

import io.migrata.codegen.AutogenerateRequest;
import io.migrata.codegen.AutogenerateResult;
import io.migrata.codegen.Autogenerator;
import io.migrata.diff.DefaultVolatility;
import io.migrata.diff.DiffOptions;
import io.migrata.diff.DiffResult;
import io.migrata.diff.SchemaDiff;
import io.migrata.entities.EntitySource;
import io.migrata.runner.Migrator;
import io.migrata.runner.graph.RevisionGraph;
import io.migrata.runner.sql.PostgresSqlRenderer;
import io.migrata.runner.sql.RenderOptions;
import io.migrata.schema.QualifiedName;
import io.migrata.workflow.config.Setting;
import io.migrata.workflow.connect.DatabaseSession;
import io.migrata.workflow.connect.DatabaseTarget;
import io.migrata.workflow.connect.DefaultVolatilityProbe;
import io.migrata.workflow.connect.TableRows;
import io.migrata.workflow.model.LoadedModel;
import io.migrata.workflow.model.ModelLoader;
import io.migrata.workflow.model.SchemaScope;
import io.migrata.workflow.model.SchemaSource;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The workflows that compare two schemas: {@code diff} between any two sources, {@code check}
 * (entities against the migrations), {@code drift} (a live database against its migrations) and
 * {@code revision --autogenerate} (entities against the database or the migrations' head, written
 * as a migration). Wherever the entities are a side, the schema SQL files are part of it.
 */
final class ComparisonWorkflows {

    private static final String JAVA_MESSAGE = "schema diff";

    private final Project project;
    private final MigrationWorkflows migrations;
    private final ComparedObjects objects;

    ComparisonWorkflows(Project project, MigrationWorkflows migrations) {
        this.project = project;
        this.migrations = migrations;
        this.objects = new ComparedObjects(project);
    }

    Comparison check() throws SQLException {
        // The entities first, so a configuration problem fails alone, before the slow replay: read for the
        // default server version, and again only when the scratch server turns out to be another.
        LoadedModel wanted = entities(0);
        ScratchReplayer replayer = new ScratchReplayer(project);
        LoadedModel head = replayer.replay("head");
        if (head.serverMajor() != EntitySource.DEFAULT_POSTGRES_MAJOR_VERSION) wanted = entities(head.serverMajor());
        DiffOptions options = objects.againstEntities(DiffOptions.defaults(), replayer.ownershipAtHeads());
        return compare(head, wanted, options,
                "the entities match the migrations' " + head.label(),
                "the entities differ from the migrations' " + head.label() + ": a migration is missing"
                        + " (write it with migrata revision --autogenerate -m MESSAGE)");
    }

    Comparison drift() throws SQLException {
        DatabaseTarget target = project.databases().target();
        Migrator live = project.migrator(target);
        List<String> current = live.current();
        List<String> heads = live.heads();
        if (!new HashSet<>(current).equals(new HashSet<>(heads))) {
            project.notice("note: " + target.label() + " is at " + RevisionText.revisions(current)
                    + ", not at the head " + RevisionText.revisions(heads)
                    + "; comparing with the migrations up to " + RevisionText.revisions(current));
        }
        // The live database first: a schema it lacks fails before the slow replay.
        LoadedModel actual = ModelLoader.database(target, schemas());
        LoadedModel expected = new ScratchReplayer(project).replay(current);
        return compare(expected, actual, objects.filtered(DiffOptions.defaults()),
                "no drift: " + actual.label() + " is what its migrations (" + expected.label() + ") build",
                actual.label() + " has drifted from its migrations (" + expected.label() + "): the changes above were made outside them");
    }

    private Comparison compare(LoadedModel from, LoadedModel to, DiffOptions options, String equal, String different) {
        SchemaScope.Comparison pair = SchemaScope.of(schemas()).prepare(from, to);
        DiffResult result = SchemaDiff.between(pair.from().model(), pair.to().model(), options);
        Comparison comparison = Comparison.of(pair.from().label(), pair.to().label(), result).withNotCompared(pair.from(), pair.to());
        return comparison.withVerdict(comparison.equal() ? equal : different);
    }

    JavaPreview diff(DiffRequest request, boolean java) throws SQLException {
        SchemaSource fromSource = SchemaSource.parse(request.from(), "--from");
        SchemaSource toSource = SchemaSource.parse(request.to(), "--to");
        // Live databases first, so a wrong URL or schema fails before a slow replay; the entities last,
        // read for the server version they will be compared with.
        boolean toFirst = loadOrder(toSource) < loadOrder(fromSource);
        LoadedModel first = load(toFirst ? toSource : fromSource, 0);
        LoadedModel second = load(toFirst ? fromSource : toSource, first.serverMajor());
        SchemaScope.Comparison pair = SchemaScope.of(schemas()).prepare(toFirst ? second : first, toFirst ? first : second);
        DiffOptions options = objects.withGrants(DiffOptions.defaults()).withConcurrentIndexes(request.concurrentIndexes());
        for (String rename : request.renames()) options = options.withRename(RenameFlags.toHint(rename));
        DiffResult result = SchemaDiff.between(pair.from().model(), pair.to().model(), options);
        String fromLabel = pair.from().label();
        String toLabel = pair.to().label();
        Comparison comparison = Comparison.of(fromLabel, toLabel, result).withNotCompared(pair.from(), pair.to()).withVerdict(result.isEmpty()
                ? "no differences between " + fromLabel + " and " + toLabel
                : result.ops().size() + " operation" + (result.ops().size() == 1 ? "" : "s") + " from " + fromLabel + " to " + toLabel);
        if (request.sql()) comparison = comparison.withStatements(render(pair, result));
        String source = null;
        if (java) {
            AutogenerateRequest preview = AutogenerateRequest.of(pair.from().model(), pair.to().model(), List.of(), JAVA_MESSAGE)
                    .withDiffOptions(options);
            source = new Autogenerator(project.migrations().template()).preview(preview).migration()
                    .map(m -> m.source()).orElse(null);
        }
        return new JavaPreview(comparison, source);
    }

    private static int loadOrder(SchemaSource source) {
        if (source instanceof SchemaSource.Database) return 0;
        return source instanceof SchemaSource.Revision ? 1 : 2;
    }

    private LoadedModel load(SchemaSource source, int postgresMajor) throws SQLException {
        if (source instanceof SchemaSource.Entities) return entities(postgresMajor);
        if (source instanceof SchemaSource.Revision revision) return new ScratchReplayer(project).replay(revision.target());
        SchemaSource.Database database = (SchemaSource.Database) source;
        DatabaseTarget target = database.url() == null ? project.databases().target() : project.databases().target(database.url());
        return ModelLoader.database(target, schemas());
    }

    /** The SQL of each op, for the server the script would run on: the {@code --from} database's, if it is one. */
    private static List<List<Comparison.SqlStatement>> render(SchemaScope.Comparison pair, DiffResult result) {
        int major = pair.from().serverMajor() > 0 ? pair.from().serverMajor() : pair.to().serverMajor();
        RenderOptions options = major >= RenderOptions.OLDEST_SUPPORTED_MAJOR ? RenderOptions.defaults().forServer(major)
                : RenderOptions.defaults();
        PostgresSqlRenderer renderer = new PostgresSqlRenderer(options);
        return result.ops().stream()
                .map(op -> renderer.render(op).stream()
                        .map(s -> new Comparison.SqlStatement(s.sql(), s.transactional()))
                        .toList())
                .toList();
    }

    Autogenerated autogenerate(AutogenerateOptions request) throws SQLException {
        migrations.writer(request.message());
        if (request.againstHead()) return autogenerate(request, null);
        // One login for the version table, the schema and the online plan's row checks.
        try (DatabaseSession session = project.databases().target().session()) {
            return autogenerate(request, DatabaseTarget.of(session));
        }
    }

    /** @param target the compared database, on one session; null to compare with the migrations' head */
    private Autogenerated autogenerate(AutogenerateOptions request, DatabaseTarget target) throws SQLException {
        List<String> parents;
        LoadedModel current;
        // The scratch database of --against head holds no rows, which says nothing about production.
        Predicate<QualifiedName> hasRows = table -> true;
        DatabaseTarget compared = null;
        if (target == null) {
            RevisionGraph graph = project.migrations().offline().graph();
            parents = graph.isEmpty() ? List.of() : List.of(graph.head());
            current = new ScratchReplayer(project).replay("head");
        } else {
            Migrator migrator = project.migrator(target);
            List<String> heads = migrator.heads();
            List<String> at = migrator.current();
            if (!new HashSet<>(heads).equals(new HashSet<>(at))) throw new DatabaseNotAtHeadException(target.label(), at, heads);
            // One head, or MultipleHeadsException: a new revision follows exactly one.
            parents = heads.isEmpty() ? List.of() : List.of(migrator.graph().head());
            current = ModelLoader.database(target, schemas());
            hasRows = new TableRows(target)::mayHaveRows;
            compared = target;
        }
        boolean online = !request.blocking() && project.settings().bool(Setting.ONLINE);
        LoadedModel wanted = entities(current.serverMajor());
        SchemaScope.Comparison pair = SchemaScope.of(schemas()).prepare(current, wanted);
        DiffOptions options = objects.againstEntities(DiffOptions.defaults(), parents);
        for (String rename : request.renames()) options = options.withRename(RenameFlags.toHint(rename));
        options = new RenameDecisions(project.listener()::ask, request.noRenames())
                .decide(pair.from().model(), pair.to().model(), options);
        options = NewColumnDefaults.fill(options, request.defaults(), pair.from().model(), pair.to().model());
        options = options.withVolatility(volatility(compared, pair, options));
        AutogenerateResult result = new Autogenerator(project.migrations().template()).generate(
                AutogenerateRequest.of(pair.from().model(), pair.to().model(), parents, request.message())
                        .withDiffOptions(options).withWriteWhenEmpty(request.writeWhenEmpty())
                        .withInitialRows(pair.to().initialRows())
                        .withOnline(online ? hasRows : null)
                        .withExpandContract(request.expandContract() || project.settings().bool(Setting.EXPAND_CONTRACT)));
        Comparison comparison = Comparison.of(current.label(), SchemaSource.ENTITIES, result.diff()).withNotCompared(pair.from(), pair.to());
        if (result.noChanges()) {
            String summary = comparison.notComparedSummary();
            project.notice("no changes in schema detected between " + current.label() + " and the entities"
                    + (summary.isEmpty() ? "" : "; not compared: " + summary));
        }
        GeneratedRevision written = result.migration().map(m -> MigrationWorkflows.generated(m, parents)).orElse(null);
        GeneratedRevision contract = result.contract()
                .map(m -> MigrationWorkflows.generated(m, List.of(written.revisionId()))).orElse(null);
        if (contract != null) {
            project.notice("the type changes are split: " + written.revisionId() + " expands, " + contract.revisionId()
                    + " contracts; deploy the application between the two");
        }
        return new Autogenerated(comparison, written, contract);
    }

    /**
     * PostgreSQL's word on the defaults of new columns that call functions, from the compared
     * database, or, against the head, from a scratch database the history is replayed into, so that
     * a function a migration defines resolves as it will when the revision runs (no scratch when no
     * default asks).
     */
    private DefaultVolatility volatility(DatabaseTarget compared, SchemaScope.Comparison pair, DiffOptions options)
            throws SQLException {
        Set<String> expressions = NewColumnDefaults.needingVolatility(pair.from().model(), pair.to().model(), options);
        if (expressions.isEmpty()) return DefaultVolatility.unknown();
        if (compared != null) return DefaultVolatilityProbe.ask(compared, expressions);
        return new ScratchReplayer(project).onReplayed("head", replayed -> DefaultVolatilityProbe.ask(replayed, expressions));
    }

    /** The entities as PostgreSQL stores them, with the schema SQL files on top when the project has any ({@link SchemaSqlFiles}). */
    LoadedModel entities(int postgresMajor) throws SQLException {
        return new SchemaSqlFiles(project).entities(postgresMajor, schemas());
    }

    /** The configured schemas: {@code migrata.schemas} (or its override); empty for every schema either side has. */
    private List<String> schemas() {
        return project.settings().list(Setting.SCHEMAS);
    }
}
