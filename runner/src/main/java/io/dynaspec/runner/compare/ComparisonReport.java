package io.dynaspec.runner.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a {@link Comparison} as Markdown and as HTML: a summary, one line per scenario, and for
 * every scenario whose outcome differs, both results, the recorded reason if there is one, and
 * each request with both targets' responses.
 */
public final class ComparisonReport {

    private final Comparison comparison;
    /** Each differing row's exchange pairs, worked out once for both reports. */
    private final Map<Row, List<ExchangePair>> pairs = new IdentityHashMap<>();

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
        md.append("- verdict: ").append(comparison.passes() ? "**pass**: every difference is a recorded divergence"
                : "**FAIL**: unrecorded differences (or a target did not run)").append("\n");
        md.append("- ").append(summary()).append("\n");
        md.append("- ").append(a.target()).append(": ").append(a.tally()).append(" (tags: `").append(a.tags()).append("`)\n");
        md.append("- ").append(b.target()).append(": ").append(b.tally()).append(" (tags: `").append(b.tags()).append("`)\n\n");
        md.append("## By feature area\n\n| feature | scenarios | same | recorded | unrecorded | not compared |\n")
                .append("| --- | --- | --- | --- | --- | --- |\n");
        for (Area area : areas()) {
            md.append("| ").append(area.feature()).append(" | ").append(area.rows().size()).append(" | ")
                    .append(area.count(Verdict.SAME)).append(" | ").append(area.count(Verdict.RECORDED)).append(" | ")
                    .append(area.count(Verdict.UNRECORDED)).append(" | ").append(area.count(Verdict.NOT_COMPARED)).append(" |\n");
        }
        for (Verdict v : List.of(Verdict.UNRECORDED, Verdict.RECORDED)) {
            List<Row> rows = rows(v);
            md.append("\n## ").append(heading(v)).append(" (").append(rows.size()).append(")\n");
            for (Row r : rows) {
                md.append("\n### ").append(r.any().feature()).append(':').append(r.any().line()).append(" ")
                        .append(r.any().name()).append("\n\n");
                r.divergence().ifPresent(d -> md.append("- what differs: ").append(d.differs()).append("\n")
                        .append("- what DynamoDB does: ").append(d.why()).append("\n")
                        .append("- DynamoDB documentation: ").append(d.doc()).append("\n"));
                md.append("- ").append(a.target()).append(": ").append(outcome(r.a())).append(message(r.a())).append("\n");
                md.append("- ").append(b.target()).append(": ").append(outcome(r.b())).append(message(r.b())).append("\n\n");
                for (ExchangePair p : pairs(r)) {
                    md.append("#### ").append(p.index()).append(". ").append(p.operation())
                            .append(p.sameResponse() ? " (same response)" : " (responses differ)").append("\n\n");
                    md.append("Request:\n\n```json\n").append(p.request()).append("\n```\n\n");
                    md.append(a.target()).append(" answered:\n\n```json\n").append(p.responseA()).append("\n```\n\n");
                    md.append(b.target()).append(" answered:\n\n```json\n").append(p.responseB()).append("\n```\n\n");
                }
            }
        }
        md.append("\n## Every scenario\n\n| feature | scenario | ").append(a.target()).append(" | ").append(b.target())
                .append(" | verdict |\n| --- | --- | --- | --- | --- |\n");
        for (Verdict v : List.of(Verdict.UNRECORDED, Verdict.RECORDED, Verdict.NOT_COMPARED, Verdict.SAME)) {
            for (Row r : rows(v)) {
                md.append("| ").append(r.any().feature()).append(':').append(r.any().line())
                        .append(" | ").append(cell(r.any().name()))
                        .append(" | ").append(outcome(r.a())).append(" | ").append(outcome(r.b()))
                        .append(" | ").append(verdict(r)).append(" |\n");
            }
        }
        return md.toString();
    }

    /**
     * The report a person reads: the verdict, a summary by feature area, then the differences
     * (unrecorded first, as they fail the comparison; then the recorded divergences), each with
     * the requests and both targets' responses side by side, the members that differ marked;
     * then the scenarios not compared; the scenarios with the same outcome last, collapsed.
     */
    public String html() {
        SuiteResult a = comparison.a();
        SuiteResult b = comparison.b();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>dynaspec comparison: ")
                .append(esc(a.target())).append(" vs ").append(esc(b.target())).append("</title>\n<style>")
                .append("body{font-family:sans-serif;margin:2em;max-width:110em}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #ccc;padding:.2em .5em;vertical-align:top;text-align:left}")
                .append("td.n{text-align:right}.verdict{font-size:1.2em}.pass{color:#060}.fail{color:#b00}")
                .append("tr.has-unrecorded{background:#fdd}tr.has-recorded{background:#fff4d6}")
                .append("section.scenario{border-left:4px solid #ccc;padding-left:1em;margin:1.5em 0}")
                .append("section.UNRECORDED{border-color:#c00}section.RECORDED{border-color:#e0a000}")
                .append(".sides{display:flex;gap:1em}.side{flex:1;min-width:0}")
                .append("pre{background:#f6f6f6;padding:.5em;white-space:pre-wrap;overflow-wrap:anywhere;margin:.2em 0}")
                .append("mark.diff{background:#ffd0d0}mark.missing{background:#ffe8b0;font-style:italic}")
                .append(".record{background:#fafafa;border:1px solid #ddd;padding:.5em}")
                .append("</style></head><body>\n");
        h.append("<h1>dynaspec comparison: ").append(esc(a.target())).append(" vs ").append(esc(b.target())).append("</h1>\n");
        h.append("<p class=\"verdict ").append(comparison.passes() ? "pass\">pass: every difference is a recorded divergence"
                : "fail\">FAIL: unrecorded differences (or a target did not run)").append("</p>\n");
        h.append("<p id=\"summary\">").append(esc(summary())).append("</p>\n<ul>");
        h.append("<li>").append(esc(a.target())).append(": ").append(esc(a.tally())).append(" (tags: <code>").append(esc(a.tags())).append("</code>)</li>");
        h.append("<li>").append(esc(b.target())).append(": ").append(esc(b.tally())).append(" (tags: <code>").append(esc(b.tags())).append("</code>)</li></ul>\n");

        h.append("<h2 id=\"areas\">By feature area</h2>\n<table><tr><th>feature</th><th>scenarios</th><th>same</th>")
                .append("<th>recorded divergences</th><th>unrecorded differences</th><th>not compared</th></tr>\n");
        for (Area area : areas()) {
            String cls = area.count(Verdict.UNRECORDED) > 0 ? " class=\"has-unrecorded\""
                    : area.count(Verdict.RECORDED) > 0 ? " class=\"has-recorded\"" : "";
            h.append("<tr").append(cls).append("><td>").append(esc(area.feature())).append("</td><td class=\"n\">")
                    .append(area.rows().size()).append("</td><td class=\"n\">").append(area.count(Verdict.SAME))
                    .append("</td><td class=\"n\">").append(area.count(Verdict.RECORDED)).append("</td><td class=\"n\">")
                    .append(area.count(Verdict.UNRECORDED)).append("</td><td class=\"n\">").append(area.count(Verdict.NOT_COMPARED))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");

        for (Verdict v : List.of(Verdict.UNRECORDED, Verdict.RECORDED)) {
            List<Row> rows = rows(v);
            h.append("<h2 id=\"").append(v == Verdict.UNRECORDED ? "unrecorded" : "recorded").append("\">")
                    .append(esc(heading(v))).append(" (").append(rows.size()).append(")</h2>\n");
            if (rows.isEmpty()) {
                h.append("<p>None.</p>\n");
            }
            for (Row r : rows) {
                scenarioHtml(h, r, a, b);
            }
        }

        List<Row> notCompared = rows(Verdict.NOT_COMPARED);
        h.append("<h2 id=\"not-compared\">Not compared (").append(notCompared.size()).append(")</h2>\n");
        if (!notCompared.isEmpty()) {
            h.append("<table><tr><th>feature</th><th>scenario</th><th>").append(esc(a.target())).append("</th><th>")
                    .append(esc(b.target())).append("</th></tr>\n");
            for (Row r : notCompared) {
                h.append("<tr><td>").append(esc(r.any().feature() + ":" + r.any().line())).append("</td><td>")
                        .append(esc(r.any().name())).append("</td><td>").append(esc(outcome(r.a()) + message(r.a())))
                        .append("</td><td>").append(esc(outcome(r.b()) + message(r.b()))).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }

        List<Row> same = rows(Verdict.SAME);
        h.append("<details id=\"same\"><summary>").append(same.size())
                .append(" scenarios with the same outcome on both targets</summary>\n<table><tr><th>feature</th><th>scenario</th><th>")
                .append(esc(a.target())).append("</th><th>").append(esc(b.target())).append("</th></tr>\n");
        for (Row r : same) {
            h.append("<tr><td>").append(esc(r.any().feature() + ":" + r.any().line())).append("</td><td>")
                    .append(esc(r.any().name())).append("</td><td>").append(outcome(r.a())).append("</td><td>")
                    .append(outcome(r.b())).append("</td></tr>\n");
        }
        h.append("</table></details>\n</body></html>\n");
        return h.toString();
    }

    private void scenarioHtml(StringBuilder h, Row r, SuiteResult a, SuiteResult b) {
        h.append("<section class=\"scenario ").append(r.verdict()).append("\" id=\"").append(anchor(r)).append("\">\n<h3>")
                .append(esc(r.any().feature() + ":" + r.any().line() + " " + r.any().name())).append("</h3>\n");
        r.divergence().ifPresent(d -> h.append("<div class=\"record\"><p><b>What differs:</b> ").append(esc(d.differs()))
                .append("</p><p><b>What DynamoDB does:</b> ").append(esc(d.why()))
                .append("</p><p><b>DynamoDB documentation:</b> <a href=\"").append(esc(d.doc())).append("\">")
                .append(esc(d.doc())).append("</a></p></div>\n"));
        h.append("<ul><li>").append(esc(a.target())).append(": ").append(outcome(r.a())).append(esc(message(r.a())))
                .append("</li><li>").append(esc(b.target())).append(": ").append(outcome(r.b())).append(esc(message(r.b())))
                .append("</li></ul>\n");
        for (ExchangePair p : pairs(r)) {
            String title = p.index() + ". " + p.operation() + (p.sameResponse() ? " (same response)" : " (responses differ)");
            h.append(p.sameResponse() ? "<details class=\"exchange same\"><summary>" + esc(title) + "</summary>\n"
                    : "<div class=\"exchange differ\"><h4>" + esc(title) + "</h4>\n");
            h.append("<p>Request:</p><pre class=\"request\">").append(esc(p.request())).append("</pre>\n<div class=\"sides\">")
                    .append("<div class=\"side\"><p>").append(esc(a.target())).append(" answered:</p><pre class=\"response\">")
                    .append(p.htmlA()).append("</pre></div>")
                    .append("<div class=\"side\"><p>").append(esc(b.target())).append(" answered:</p><pre class=\"response\">")
                    .append(p.htmlB()).append("</pre></div></div>\n");
            h.append(p.sameResponse() ? "</details>\n" : "</div>\n");
        }
        h.append("</section>\n");
    }

    /** The scenarios of one feature file, in the order they ran. */
    private record Area(String feature, List<Row> rows) {
        long count(Verdict v) {
            return rows.stream().filter(r -> r.verdict() == v).count();
        }
    }

    private List<Area> areas() {
        Map<String, List<Row>> byFeature = new java.util.TreeMap<>();
        for (Row r : comparison.rows()) {
            byFeature.computeIfAbsent(r.any().feature(), f -> new ArrayList<>()).add(r);
        }
        return byFeature.entrySet().stream().map(e -> new Area(e.getKey(), e.getValue())).toList();
    }

    private List<Row> rows(Verdict v) {
        return comparison.rows().stream().filter(r -> r.verdict() == v).toList();
    }

    private String heading(Verdict v) {
        return v == Verdict.UNRECORDED ? "Unrecorded differences: these fail the comparison"
                : "Recorded divergences, each with what DynamoDB's documentation says";
    }

    /**
     * The data-plane requests of a scenario, side by side, worked out once per row for both the
     * Markdown and the HTML. Table administration (CreateTable, DescribeTable) is left out: its
     * responses carry timestamps and ARNs that always differ.
     */
    private List<ExchangePair> pairs(Row r) {
        return pairs.computeIfAbsent(r, ComparisonReport::exchangePairs);
    }

    private static List<ExchangePair> exchangePairs(Row r) {
        List<Exchange> xa = dataPlane(r.a());
        List<Exchange> xb = dataPlane(r.b());
        List<ExchangePair> pairs = new ArrayList<>();
        for (int i = 0; i < Math.max(xa.size(), xb.size()); i++) {
            Exchange ea = i < xa.size() ? xa.get(i) : null;
            Exchange eb = i < xb.size() ? xb.get(i) : null;
            Exchange any = ea != null ? ea : eb;
            // Each response is parsed once: null when absent or not JSON.
            JsonNode ja = responseJson(ea);
            JsonNode jb = responseJson(eb);
            boolean same = ea != null && eb != null && ea.status() == eb.status()
                    && (ja != null && jb != null ? DynamoJson.same(ja, jb) : ea.response().equals(eb.response()));
            pairs.add(new ExchangePair(i + 1, any.operation(), prettyJson(any.request()), response(ea, ja), response(eb, jb),
                    same, responseHtml(ea, ja, eb, jb), responseHtml(eb, jb, ea, ja)));
        }
        return pairs;
    }

    private static List<Exchange> dataPlane(Optional<ScenarioResult> r) {
        return r.map(s -> s.transcript().stream().filter(e -> !e.isTableAdministration()).toList()).orElse(List.of());
    }

    private static JsonNode responseJson(Exchange e) {
        if (e == null) {
            return null;
        }
        try {
            return DynamoJson.parse(e.response().isEmpty() ? "{}" : e.response());
        } catch (IllegalArgumentException notJson) {
            return null;
        }
    }

    /** One side's response with what differs from the other side marked. */
    private static String responseHtml(Exchange self, JsonNode selfJson, Exchange other, JsonNode otherJson) {
        if (self == null) {
            return "(not sent)";
        }
        String status = "HTTP " + self.status();
        if (other != null && other.status() != self.status()) {
            status = "<mark class=\"diff\">" + status + "</mark>";
        }
        return status + "\n" + (selfJson != null ? JsonDiffHtml.render(selfJson, otherJson) : esc(self.response()));
    }

    private static String response(Exchange e, JsonNode json) {
        if (e == null) {
            return "(not sent)";
        }
        return "HTTP " + e.status() + "\n" + (json != null ? DynamoJson.pretty(abbreviated(json)) : e.response());
    }

    private static String prettyJson(String body) {
        try {
            return DynamoJson.pretty(abbreviated(DynamoJson.parse(body)));
        } catch (IllegalArgumentException notJson) {
            return body;
        }
    }

    /** A copy of a request or response with its long names and strings shortened (JsonDiffHtml.abbreviate). */
    private static JsonNode abbreviated(JsonNode node) {
        if (node.isTextual()) {
            return TextNode.valueOf(JsonDiffHtml.abbreviate(node.asText()));
        }
        if (node.isArray()) {
            ArrayNode out = DynamoJson.MAPPER.createArrayNode();
            node.forEach(e -> out.add(abbreviated(e)));
            return out;
        }
        if (node.isObject()) {
            ObjectNode out = DynamoJson.MAPPER.createObjectNode();
            node.properties().forEach(e -> out.set(JsonDiffHtml.abbreviate(e.getKey()), abbreviated(e.getValue())));
            return out;
        }
        return node;
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
            boolean sameResponse, String htmlA, String htmlB) {
    }
}
