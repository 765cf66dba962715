package io.dynaspec.runner.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynaspec.runner.compare.Divergence;
import io.dynaspec.runner.compare.KnownDivergences;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The features keep their promises of traceability, and the divergence data names real scenarios. */
class FeatureFilesTest {

    private static final Path FEATURES = Path.of("../features");

    private static List<Path> features() throws IOException {
        try (Stream<Path> files = Files.list(FEATURES)) {
            return files.filter(p -> p.toString().endsWith(".feature")).sorted().toList();
        }
    }

    @Test
    void everyBehaviourAreaHasItsFeature() throws IOException {
        List<String> names = features().stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("attribute_updates.feature", "attribute_value_edges.feature", "batch_edges.feature",
                "batch_get_edges.feature", "batch_get_item.feature", "batch_write_item.feature",
                "capacity_arithmetic.feature", "condition_edges.feature", "condition_expressions.feature",
                "conditional_check_failed.feature", "consistency.feature", "consumed_capacity.feature",
                "delete_item.feature", "delete_item_edges.feature", "expression_errors.feature",
                "filter_expressions.feature", "get_item_edges.feature", "item_collection_metrics.feature",
                "item_size_limit.feature", "key_attributes.feature", "limits.feature", "list_tables.feature",
                "numbers.feature", "partitioning.feature", "put_item.feature", "put_item_edges.feature",
                "query.feature", "query_edges.feature", "replication_failover.feature", "request_parameters.feature",
                "scan.feature", "scan_edges.feature", "secondary_indexes.feature", "sort_order.feature",
                "streams.feature", "table_edges.feature", "table_lifecycle.feature", "tags.feature",
                "time_to_live.feature", "transaction_edges.feature", "transaction_rules.feature",
                "transactions.feature", "update_expressions.feature", "update_item.feature",
                "update_item_edges.feature", "update_table.feature", "wire_types.feature"), names);
    }

    @Test
    void everyFeatureOpensWithItsSourcesAndSeedSentences() throws IOException {
        for (Path f : features()) {
            List<String> header = Files.readAllLines(f).stream().takeWhile(l -> l.startsWith("#")).toList();
            assertTrue(header.stream().anyMatch(l -> l.startsWith("# Source: docs.aws.amazon.com/")), f + " cites no DynamoDB page");
            assertTrue(header.stream().anyMatch(l -> l.startsWith("# Seed: ")), f + " names no seed sentence");
        }
    }

    /**
     * True when the name is an example of one of the feature's outlines: the outline's name with
     * each {@code <column>} filled in by text that stands in the feature (a cell of its examples).
     */
    private static boolean isOutlineExample(String feature, String name) {
        Matcher outlines = Pattern.compile("Scenario Outline: (.*)\n").matcher(feature);
        while (outlines.find()) {
            String[] parts = outlines.group(1).split("<[^>]+>", -1);
            StringBuilder regex = new StringBuilder(Pattern.quote(parts[0]));
            for (int i = 1; i < parts.length; i++) {
                regex.append("(.+)").append(Pattern.quote(parts[i]));
            }
            Matcher example = Pattern.compile(regex.toString()).matcher(name);
            if (example.matches()) {
                boolean cellsExist = true;
                for (int g = 1; g <= example.groupCount(); g++) {
                    cellsExist &= feature.contains("| " + example.group(g) + " ");
                }
                if (cellsExist) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void everyRecordedDivergenceNamesAScenarioThatExists() throws IOException {
        for (String kind : List.of("dynalite")) {
            for (Divergence d : KnownDivergences.forKind(kind).entries()) {
                String text = Files.readString(FEATURES.resolve(d.feature()));
                assertTrue(text.contains("Scenario: " + d.scenario() + "\n") || isOutlineExample(text, d.scenario()),
                        kind + ": no such scenario: " + d);
                assertTrue(d.doc().startsWith("https://docs.aws.amazon.com/amazondynamodb/"), d.doc());
            }
        }
    }
}
