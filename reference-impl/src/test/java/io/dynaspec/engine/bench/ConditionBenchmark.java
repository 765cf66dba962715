package io.dynaspec.engine.bench;

import io.dynaspec.engine.expression.Condition;
import io.dynaspec.engine.expression.ConditionParser;
import io.dynaspec.engine.expression.Placeholders;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The cost of a conditional write's condition: evaluating a condition parsed once, the way
 * every write of a request judges the item it finds, and parsing it with its placeholders, the
 * way each request starts.
 *
 * <p>Run from the repository root:
 * <pre>
 * mvn -B -ntp -pl reference-impl test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp reference-impl/target/test-classes:reference-impl/target/classes:$(cat reference-impl/target/test-classpath.txt) \
 *     org.openjdk.jmh.Main ConditionBenchmark
 * </pre>
 * JMH options after the class name override the annotations, e.g. {@code -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ConditionBenchmark {
    /** A put that may create the item, or update it while it stays under a limit and keeps its prefix. */
    static final String TEXT = "attribute_not_exists(#k) OR (#v < :max AND begins_with(#s, :p))";
    static final Map<String, String> NAMES = Map.of("#k", "LoginAlias", "#v", "Version", "#s", "Status");
    static final Map<String, AttributeValue> VALUES = Map.of(
            ":max", AttributeValue.N.of("100"), ":p", new AttributeValue.S("active"));

    private Condition condition;
    private Item item;

    @Setup
    public void setUp() {
        condition = ConditionParser.parse(TEXT, Placeholders.of(NAMES, VALUES));
        // The key exists, so all three clauses are judged.
        item = Item.of(Map.of(
                "LoginAlias", new AttributeValue.S("johns"),
                "Version", AttributeValue.N.of("42"),
                "Status", new AttributeValue.S("active:since-2024"),
                "FirstName", new AttributeValue.S("John")));
        if (!condition.evaluate(item)) {
            throw new IllegalStateException("the benchmark item must satisfy the condition");
        }
    }

    @Benchmark
    public boolean evaluate() {
        return condition.evaluate(item);
    }

    @Benchmark
    public Condition parse() {
        Placeholders placeholders = Placeholders.of(NAMES, VALUES);
        Condition parsed = ConditionParser.parse(TEXT, placeholders);
        placeholders.checkAllUsed();
        return parsed;
    }
}
