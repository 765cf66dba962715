package io.dynaspec.runner.compare;

import io.dynaspec.runner.compare.Comparison.Row;
import io.dynaspec.runner.compare.Comparison.Verdict;
import io.dynaspec.runner.steps.DynamoJson;
import io.dynaspec.runner.steps.Exchange;
import io.dynaspec.runner.steps.ScenarioResult;
import io.dynaspec.runner.steps.SuiteResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a {@link Comparison} as Markdown and as HTML: a summary, one line per scenario, and for
 * every scenario whose outcome differs, both results, the recorded reason if there is one, and
 * each request with both targets' responses.
 */
public final class ComparisonReport {

    private final Comparison comparison;

    public ComparisonReport(Comparison comparison) {
        this.comparison = comparison;
    }

    /** Writes {@code comparison.md} and {@code comparison.html} into {@code folder}. */
    public List<Path> write(Path folder) {
        try {
            Files.createDirectories(folder);
            Path md = folder.resolve("comparison.md");
            Path html = folder.resolve("comparison.html");
            Files.writeString(md, markdown(), StandardCharsets.UTF_8);
            Files.writeString(html, html(), StandardCharsets.UTF_8);
            return List.of(md, html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String summary() {
        SuiteResult a = comparison.a();
        SuiteResult b = comparison.b();
        return String.format("%d scenarios: %d same, %d recorded divergences, %d unrecorded differences, %d not compared",
                comparison.rows().size(), comparison.count(Verdict.SAME), comparison.count(Verdict.RECORDED),
                comparison.count(Verdict.UNRECORDED), comparison.count(Verdict.NOT_COMPARED))
                + unavailable(a) + unavailable(b);
    }

    private static String unavailable(SuiteResult r) {
        return r.unavailable().map(reason -> "; " + r.target() + " did not run: " + reason).orElse("");
    }

    public String markdown() {
        SuiteResult a = comparison.a();
        SuiteResult b = comparison.b();
        StringBuilder md = new StringBuilder();
        md.append("# dynaspec comparison: ").append(a.target()).append(" vs ").append(b.target()).append("\n\n");
        md.append("- ").append(a.target()).append(": ").append(a.tally()).append(" (tags: `").append(a.tags()).append("`)\n");
        md.append("- ").append(b.target()).append(": ").append(b.tally()).append(" (tags: `").append(b.tags()).append("`)\n");
        md.append("- ").append(summary()).append("\n");
        md.append("- verdict: ").append(comparison.passes() ? "**pass**: every difference is a recorded divergence"
                : "**FAIL**: unrecorded differences (or a target did not run)").append("\n\n");
        md.append("| feature | scenario | ").append(a.target()).append(" | ").append(b.target()).append(" | verdict |\n");
        md.append("| --- | --- | --- | --- | --- |\n");
        for (Row r : comparison.rows()) {
            md.append("| ").append(r.any().feature()).append(':').append(r.any().line())
                    .append(" | ").append(cell(r.any().name()))
                    .append(" | ").append(outcome(r.a())).append(" | ").append(outcome(r.b()))
                    .append(" | ").append(verdict(r)).append(" |\n");
        }
        for (Row r : differing()) {
            md.append("\n## ").append(r.any().feature()).append(':').append(r.any().line()).append(" ")
                    .append(r.any().name()).append("\n\n");
            md.append("Verdict: ").append(verdict(r)).append("\n\n");
            r.divergence().ifPresent(d -> md.append("- what differs: ").append(d.differs()).append("\n")
                    .append("- why the expectation stands: ").append(d.why()).append("\n")
                    .append("- DynamoDB documentation: ").append(d.doc()).append("\n\n"));
            md.append("- ").append(a.target()).append(": ").append(outcome(r.a())).append(message(r.a())).append("\n");
            md.append("- ").append(b.target()).append(": ").append(outcome(r.b())).append(message(r.b())).append("\n\n");
            for (ExchangePair p : pairs(r)) {
                md.append("### ").append(p.index()).append(". ").append(p.operation())
                        .append(p.sameResponse() ? " (same response)" : " (responses differ)").append("\n\n");
                md.append("Request:\n\n```json\n").append(p.request()).append("\n```\n\n");
                md.append(a.target()).append(" answered:\n\n```json\n").append(p.responseA()).append("\n```\n\n");
                md.append(b.target()).append(" answered:\n\n```json\n").append(p.responseB()).append("\n```\n\n");
            }
        }
        return md.toString();
    }

    public String html() {
        SuiteResult a = comparison.a();
        SuiteResult b = comparison.b();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>dynaspec comparison</title>\n<style>")
                .append("body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;vertical-align:top}")
                .append(".SAME{color:#555}.RECORDED{background:#fff4d6}.UNRECORDED{background:#fdd}.NOT_COMPARED{color:#999}")
                .append("pre{background:#f6f6f6;padding:.5em;white-space:pre-wrap;max-width:60em}.differ{border-left:4px solid #c00;padding-left:.5em}")
                .append("</style></head><body>\n");
        h.append("<h1>dynaspec comparison: ").append(esc(a.target())).append(" vs ").append(esc(b.target())).append("</h1>\n<ul>");
        h.append("<li>").append(esc(a.target())).append(": ").append(esc(a.tally())).append(" (tags: <code>").append(esc(a.tags())).append("</code>)</li>");
        h.append("<li>").append(esc(b.target())).append(": ").append(esc(b.tally())).append(" (tags: <code>").append(esc(b.tags())).append("</code>)</li>");
        h.append("<li>").append(esc(summary())).append("</li><li>verdict: <b>")
                .append(comparison.passes() ? "pass" : "FAIL").append("</b></li></ul>\n");
        h.append("<table><tr><th>feature</th><th>scenario</th><th>").append(esc(a.target())).append("</th><th>")
                .append(esc(b.target())).append("</th><th>verdict</th></tr>\n");
        for (Row r : comparison.rows()) {
            String anchor = anchor(r);
            boolean differs = r.verdict() == Verdict.RECORDED || r.verdict() == Verdict.UNRECORDED;
            h.append("<tr class=\"").append(r.verdict()).append("\"><td>").append(esc(r.any().feature() + ":" + r.any().line()))
                    .append("</td><td>").append(differs ? "<a href=\"#" + anchor + "\">" : "").append(esc(r.any().name()))
                    .append(differs ? "</a>" : "").append("</td><td>").append(outcome(r.a())).append("</td><td>")
                    .append(outcome(r.b())).append("</td><td>").append(esc(verdict(r))).append("</td></tr>\n");
        }
        h.append("</table>\n");
        for (Row r : differing()) {
            h.append("<h2 id=\"").append(anchor(r)).append("\">").append(esc(r.any().feature() + ":" + r.any().line() + " " + r.any().name()))
                    .append("</h2>\n<p>Verdict: <b>").append(esc(verdict(r))).append("</b></p>\n");
            r.divergence().ifPresent(d -> h.append("<ul><li>what differs: ").append(esc(d.differs()))
                    .append("</li><li>why the expectation stands: ").append(esc(d.why()))
                    .append("</li><li>DynamoDB documentation: <a href=\"").append(esc(d.doc())).append("\">")
                    .append(esc(d.doc())).append("</a></li></ul>\n"));
            h.append("<ul><li>").append(esc(a.target())).append(": ").append(outcome(r.a())).append(esc(message(r.a())))
                    .append("</li><li>").append(esc(b.target())).append(": ").append(outcome(r.b())).append(esc(message(r.b())))
                    .append("</li></ul>\n");
            for (ExchangePair p : pairs(r)) {
                h.append("<div").append(p.sameResponse() ? "" : " class=\"differ\"").append("><h3>").append(p.index()).append(". ")
                        .append(esc(p.operation())).append(p.sameResponse() ? " (same response)" : " (responses differ)").append("</h3>")
                        .append("<p>Request:</p><pre>").append(esc(p.request())).append("</pre>")
                        .append("<p>").append(esc(a.target())).append(" answered:</p><pre>").append(esc(p.responseA())).append("</pre>")
                        .append("<p>").append(esc(b.target())).append(" answered:</p><pre>").append(esc(p.responseB())).append("</pre></div>\n");
            }
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    private List<Row> differing() {
        return comparison.rows().stream()
                .filter(r -> r.verdict() == Verdict.RECORDED || r.verdict() == Verdict.UNRECORDED).toList();
    }

    /**
     * The data-plane requests of a scenario, side by side. Table administration (CreateTable,
     * DescribeTable) is left out: its responses carry timestamps and ARNs that always differ.
     */
    private static List<ExchangePair> pairs(Row r) {
        List<Exchange> xa = dataPlane(r.a());
        List<Exchange> xb = dataPlane(r.b());
        List<ExchangePair> pairs = new ArrayList<>();
        for (int i = 0; i < Math.max(xa.size(), xb.size()); i++) {
            Exchange ea = i < xa.size() ? xa.get(i) : null;
            Exchange eb = i < xb.size() ? xb.get(i) : null;
            Exchange any = ea != null ? ea : eb;
            String ra = ea == null ? "(not sent)" : response(ea);
            String rb = eb == null ? "(not sent)" : response(eb);
            boolean same = ea != null && eb != null && ea.status() == eb.status() && sameJson(ea.response(), eb.response());
            pairs.add(new ExchangePair(i + 1, any.operation(), prettyJson(any.request()), ra, rb, same));
        }
        return pairs;
    }

    private static List<Exchange> dataPlane(Optional<ScenarioResult> r) {
        return r.map(s -> s.transcript().stream().filter(e -> !e.isTableAdministration()).toList()).orElse(List.of());
    }

    private static String response(Exchange e) {
        return "HTTP " + e.status() + "\n" + prettyJson(e.response());
    }

    private static boolean sameJson(String x, String y) {
        try {
            return DynamoJson.same(DynamoJson.parse(x.isEmpty() ? "{}" : x), DynamoJson.parse(y.isEmpty() ? "{}" : y));
        } catch (IllegalArgumentException notJson) {
            return x.equals(y);
        }
    }

    private static String prettyJson(String body) {
        try {
            return DynamoJson.pretty(DynamoJson.parse(body));
        } catch (IllegalArgumentException notJson) {
            return body;
        }
    }

    private static String outcome(Optional<ScenarioResult> r) {
        return r.map(s -> s.outcome().name().toLowerCase()).orElse("not run");
    }

    private static String message(Optional<ScenarioResult> r) {
        return r.filter(s -> !s.message().isEmpty()).map(s -> ": " + s.message().strip().replace("\n", " ")).orElse("");
    }

    private static String verdict(Row r) {
        return switch (r.verdict()) {
            case SAME -> "same";
            case RECORDED -> "recorded divergence";
            case UNRECORDED -> "UNRECORDED DIFFERENCE";
            case NOT_COMPARED -> "not compared";
        };
    }

    private static String anchor(Row r) {
        return r.any().feature().replace(".feature", "") + "-" + r.any().line();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** One request of a differing scenario and what each target answered. */
    private record ExchangePair(int index, String operation, String request, String responseA, String responseB,
            boolean sameResponse) {
    }
}
