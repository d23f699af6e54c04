package io.migrata.workflow;

import io.migrata.diff.DefaultVolatility;
import io.migrata.diff.lint.LintFinding;
import io.migrata.diff.lint.MigrationLint;
import io.migrata.runner.load.HistoryReplay;
import io.migrata.runner.graph.RevisionGraph;
import io.migrata.schema.op.AddColumn;
import io.migrata.schema.op.CreateTable;
import io.migrata.schema.op.SchemaOp;
import io.migrata.workflow.connect.DefaultVolatilityProbe;
import io.migrata.workflow.connect.ScratchDatabase;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code migrata lint}: reads each selected revision's upgrade (the ops its code records, without a
 * database) and reports its blocking statements ({@link MigrationLint}). The defaults of added
 * columns that call functions are judged by PostgreSQL ({@code pg_proc.provolatile}) on a scratch
 * database, only when there are some. {@code upgrade --sql} and {@code check} run the same lint and
 * print what it finds as notices.
 */
final class LintWorkflow {

    private final Project project;

    LintWorkflow(Project project) {
        this.project = project;
    }

    /** @param range {@code FROM:TO} as in {@code history -r}, both ends included; null for every revision */
    LintReport lint(String range) {
        RevisionGraph graph = project.migrations().offline().graph();
        return lint(RevisionRange.parse(range).select(graph, List.of()));
    }

    /** The lint of the revisions an offline upgrade over {@code range} ({@code [FROM:]TO}) runs, as notices. */
    void noticeForUpgrade(String range) {
        RevisionGraph graph = project.migrations().offline().graph();
        int colon = range.indexOf(':');
        String from = colon < 0 ? "" : range.substring(0, colon);
        String to = colon < 0 ? range : range.substring(colon + 1);
        Set<String> selected = new RevisionRange(from, to).select(graph, List.of());
        if (!from.isEmpty() && !from.equals("base")) selected.removeAll(graph.resolve(from, List.of()));
        notice(lint(selected));
    }

    /** The lint of every revision, as notices; from the replay cache while the history is unchanged. */
    void noticeForAll() {
        notice(new ScratchReplayer(project).lintOfAll(() -> lint((String) null)));
    }

    private void notice(LintReport report) {
        for (LintReport.Finding finding : report.findings()) project.notice("lint: " + finding.describe());
    }

    private LintReport lint(Set<String> ids) {
        HistoryReplay replay = project.migrations().offline().replay();
        Map<String, List<SchemaOp>> upgrades = new LinkedHashMap<>();
        for (String id : ids) upgrades.put(id, replay.upgradeOps(id));
        DefaultVolatility volatility = volatility(upgrades.values());
        List<LintReport.Finding> findings = new ArrayList<>();
        upgrades.forEach((id, ops) -> {
            for (LintFinding finding : MigrationLint.check(ops, volatility)) findings.add(new LintReport.Finding(id, finding));
        });
        return new LintReport(findings, upgrades.size());
    }

    private DefaultVolatility volatility(Iterable<List<SchemaOp>> upgrades) {
        Set<String> expressions = new LinkedHashSet<>();
        for (List<SchemaOp> ops : upgrades) {
            Set<Object> created = new HashSet<>();
            for (SchemaOp op : ops) {
                if (op instanceof CreateTable create) created.add(create.table().name());
                if (op instanceof AddColumn add && !created.contains(add.table()) && add.column().defaultExpression() != null
                        && DefaultVolatility.unknown().isVolatile(add.column().defaultExpression())) {
                    expressions.add(add.column().defaultExpression());
                }
            }
        }
        if (expressions.isEmpty()) return DefaultVolatility.unknown();
        try (ScratchDatabase scratch = project.databases().scratch()) {
            return DefaultVolatilityProbe.ask(scratch.target(), expressions);
        }
    }
}
