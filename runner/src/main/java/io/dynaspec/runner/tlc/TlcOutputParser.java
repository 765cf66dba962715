package io.dynaspec.runner.tlc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TLC's {@code -tool} output line by line: progress, statistics, the verdict and the
 * counterexample trace.
 *
 * <p>In tool mode every message is framed as {@code @!@!@STARTMSG code:severity @!@!@}, its
 * text, {@code @!@!@ENDMSG code @!@!@}; the codes are those of {@code tlc2.output.EC}. Lines
 * outside messages (the parser's own chatter) are kept only for error reports. Lines from
 * {@link TlcChild} carry progress and may arrive anywhere.
 */
final class TlcOutputParser {

    static final int INVARIANT_VIOLATED_INITIAL = 2107;
    static final int INVARIANT_VIOLATED_BEHAVIOR = 2110;
    static final int ACTION_PROPERTY_VIOLATED = 2112;
    static final int DEADLOCK_REACHED = 2114;
    static final int TEMPORAL_PROPERTY_VIOLATED = 2116;
    static final int ASSUMPTION_FALSE = 2104;
    static final int BACK_TO_STATE = 2122;
    static final int BEHAVIOR_UP_TO_THIS_POINT = 2121;
    static final int COUNTER_EXAMPLE = 2264;
    static final int SUCCESS = 2193;
    static final int SEARCH_DEPTH = 2194;
    static final int STATS = 2199;
    static final int PROGRESS_STATS = 2200;
    static final int STATE_PRINT1 = 2216;
    static final int STATE_PRINT2 = 2217;
    static final int STATE_PRINT3 = 2218;
    static final int VERSION = 2262;
    static final int SIMULATION_STATS = 2209;
    static final int SEVERITY_ERROR = 1;
    static final int SEVERITY_TLC_BUG = 2;

    private static final String START = "@!@!@STARTMSG ";
    private static final String END = "@!@!@ENDMSG ";
    private static final Pattern START_LINE = Pattern.compile("@!@!@STARTMSG (\\d+):(\\d+) @!@!@");
    private static final Pattern INVARIANT = Pattern.compile("Invariant (\\S+) is violated");
    private static final Pattern ACTION_PROPERTY = Pattern.compile("Action property (\\S+) is violated");
    private static final Pattern STATS_LINE = Pattern.compile(
            "([\\d,]+) states generated.*?([\\d,]+) distinct states found.*?([\\d,]+) states left on queue");
    private static final Pattern SIMULATION_STATS_LINE = Pattern.compile("([\\d,]+) states generated");
    private static final Pattern DEPTH = Pattern.compile("search is (\\d+)");
    private static final Pattern STATE_HEADER = Pattern.compile("^(\\d+): (.*)$");
    private static final Pattern ACTION_LABEL = Pattern.compile("^<(.*?)(?: (line \\d+, col \\d+ to line \\d+, col \\d+ of module \\S+))?>$");
    private static final Pattern NUMBER = Pattern.compile("(\\d+)");
    private static final int KEPT_LOG_LINES = 40;

    private final Consumer<TlcProgress> progress;

    private int code = -1;
    private int severity;
    private final StringBuilder message = new StringBuilder();

    private String version = "";
    private Outcome verdict;
    private String property = "";
    private long statesGenerated;
    private long distinctStates;
    private long queue;
    private int depth = -1;
    private final List<TraceStep> steps = new ArrayList<>();
    private Counterexample.Loop loop;
    private final List<String> errors = new ArrayList<>();
    private final List<String> looseLines = new ArrayList<>();

    private final long startNanos = System.nanoTime();
    private boolean childReports;
    private long lastProgressMillis;
    private long lastProgressGenerated;

    TlcOutputParser(Consumer<TlcProgress> progress) {
        this.progress = progress;
    }

    /** Reads the next line of TLC's output. */
    void accept(String line) {
        if (line.startsWith(TlcChild.PROGRESS_PREFIX)) {
            childProgress(line.substring(TlcChild.PROGRESS_PREFIX.length()));
            return;
        }
        if (code < 0) {
            Matcher start = START_LINE.matcher(line);
            if (line.startsWith(START) && start.matches()) {
                code = Integer.parseInt(start.group(1));
                severity = Integer.parseInt(start.group(2));
                message.setLength(0);
            } else if (!line.isBlank() && !line.startsWith("Parsing file ")
                    && !line.startsWith("Semantic processing of module ")) {
                looseLines.add(line);
                if (looseLines.size() > KEPT_LOG_LINES) {
                    looseLines.remove(0);
                }
            }
            return;
        }
        if (line.startsWith(END)) {
            finishMessage(code, severity, message.toString().strip());
            code = -1;
            return;
        }
        message.append(line).append('\n');
    }

    private void finishMessage(int code, int severity, String text) {
        switch (code) {
            case VERSION -> version = text;
            case PROGRESS_STATS, STATS -> readStats(text);
            case SIMULATION_STATS -> readSimulationStats(text);
            case SEARCH_DEPTH -> {
                Matcher m = DEPTH.matcher(text);
                if (m.find()) {
                    depth = Integer.parseInt(m.group(1));
                }
            }
            case SUCCESS -> verdict = Outcome.SUCCESS;
            case INVARIANT_VIOLATED_INITIAL, INVARIANT_VIOLATED_BEHAVIOR -> {
                verdict = Outcome.SAFETY_FAILURE;
                Matcher m = INVARIANT.matcher(text);
                property = m.find() ? m.group(1) : "";
            }
            case ACTION_PROPERTY_VIOLATED -> {
                verdict = Outcome.SAFETY_FAILURE;
                Matcher m = ACTION_PROPERTY.matcher(text);
                property = m.find() ? m.group(1) : "";
            }
            case DEADLOCK_REACHED -> verdict = Outcome.DEADLOCK_FAILURE;
            case TEMPORAL_PROPERTY_VIOLATED -> verdict = Outcome.LIVENESS_FAILURE;
            case ASSUMPTION_FALSE -> {
                verdict = Outcome.ASSUMPTION_FAILURE;
                errors.add(text);
            }
            case STATE_PRINT1, STATE_PRINT2 -> readState(text);
            case STATE_PRINT3 -> loop = Counterexample.Loop.stutter();
            case BEHAVIOR_UP_TO_THIS_POINT, COUNTER_EXAMPLE -> {
                // Headings of the trace that follows: error severity, but not errors.
            }
            case BACK_TO_STATE -> {
                Matcher m = NUMBER.matcher(text.substring(Math.max(0, text.indexOf("Back to state"))));
                if (m.find()) {
                    loop = Counterexample.Loop.backToState(Integer.parseInt(m.group(1)));
                }
            }
            default -> {
                if (severity == SEVERITY_ERROR || severity == SEVERITY_TLC_BUG) {
                    errors.add(text);
                }
            }
        }
    }

    private void readStats(String text) {
        Matcher m = STATS_LINE.matcher(text);
        if (m.find()) {
            statesGenerated = number(m.group(1));
            distinctStates = number(m.group(2));
            queue = number(m.group(3));
            if (!childReports) {
                serverProgress();
            }
        }
    }

    /** In simulation TLC counts only the states it generates: "N states generated, -1 distinct ...". */
    private void readSimulationStats(String text) {
        Matcher m = SIMULATION_STATS_LINE.matcher(text);
        if (m.find()) {
            statesGenerated = number(m.group(1));
        }
    }

    /**
     * TLC's own progress report, passed on when no child reports (a distributed TLCServer prints
     * its progress as often as it is told to).
     */
    private void serverProgress() {
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        long rate = millis > lastProgressMillis
                ? (statesGenerated - lastProgressGenerated) * 1000 / (millis - lastProgressMillis) : 0;
        lastProgressMillis = millis;
        lastProgressGenerated = statesGenerated;
        progress.accept(new TlcProgress(Duration.ofMillis(millis), statesGenerated, distinctStates, queue,
                Math.max(depth, 0), rate));
    }

    /** {@code "N: <Action line ... of module M>"} then {@code /\ var = value} lines. */
    private void readState(String text) {
        String[] lines = text.split("\n");
        Matcher header = STATE_HEADER.matcher(lines[0]);
        if (!header.matches()) {
            errors.add("unreadable trace state: " + lines[0]);
            return;
        }
        int index = Integer.parseInt(header.group(1));
        String label = header.group(2).strip();
        String tlcAction = label;
        String location = "";
        Matcher action = ACTION_LABEL.matcher(label);
        if (action.matches()) {
            tlcAction = action.group(1);
            location = action.group(2) == null ? "" : action.group(2);
        }
        steps.add(step(index, tlcAction, location, java.util.Arrays.asList(lines).subList(1, lines.length), errors));
    }

    /**
     * One state as TLC prints it, {@code /\ var = value} lines (a value may run over several
     * lines), as a step: {@code lastAction}, when the spec has it, is the step's action. Values
     * beyond {@link TlaValues} are kept as text, and an error said in {@code errors}.
     */
    static TraceStep step(int index, String tlcAction, String location, List<String> lines,
                                 List<String> errors) {
        ObjectNode state = JsonNodeFactory.instance.objectNode();
        StringBuilder assignment = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("/\\ ") && !assignment.isEmpty()) {
                assign(state, assignment.toString(), errors);
                assignment.setLength(0);
            }
            assignment.append(line).append('\n');
        }
        if (!assignment.isEmpty()) {
            assign(state, assignment.toString(), errors);
        }
        JsonNode lastAction = state.remove(Counterexample.ACTION_VARIABLE);
        ObjectNode stepAction = JsonNodeFactory.instance.objectNode();
        if (lastAction instanceof ObjectNode fields && fields.has("name")) {
            // The name first: it is what a reader (or a replaying tool) looks at before the arguments.
            stepAction.set("name", fields.get("name"));
            stepAction.setAll(fields);
        } else {
            stepAction.put("name", tlcAction);
        }
        return new TraceStep(index, stepAction, tlcAction, location, state);
    }

    private static void assign(ObjectNode state, String text, List<String> errors) {
        String body = text.strip();
        if (body.startsWith("/\\ ")) {
            body = body.substring(3);
        }
        int eq = body.indexOf(" = ");
        if (eq < 0) {
            errors.add("unreadable trace variable: " + body);
            return;
        }
        String name = body.substring(0, eq).strip();
        try {
            state.set(name, TlaValues.parse(body.substring(eq + 3)));
        } catch (IllegalArgumentException e) {
            // Keep the text: a trace is still worth reading when one value is beyond the reader.
            state.put(name, body.substring(eq + 3).strip());
        }
    }

    private void childProgress(String text) {
        String[] fields = text.strip().split(" ");
        if (fields.length != 5 || !fields[0].chars().allMatch(Character::isDigit)) {
            return;
        }
        childReports = true;
        long millis = Long.parseLong(fields[0]);
        long generated = Long.parseLong(fields[1]);
        long rate = millis > lastProgressMillis
                ? (generated - lastProgressGenerated) * 1000 / (millis - lastProgressMillis) : 0;
        lastProgressMillis = millis;
        lastProgressGenerated = generated;
        progress.accept(new TlcProgress(Duration.ofMillis(millis), generated, Long.parseLong(fields[2]),
                Long.parseLong(fields[3]), Integer.parseInt(fields[4]), rate));
    }

    private static long number(String digits) {
        return Long.parseLong(digits.replace(",", ""));
    }

    /** The verdict TLC printed, if it printed one. */
    Optional<Outcome> verdict() {
        return Optional.ofNullable(verdict);
    }

    String version() {
        return version;
    }

    String property() {
        return property;
    }

    long statesGenerated() {
        return statesGenerated;
    }

    long distinctStates() {
        return distinctStates;
    }

    long queue() {
        return queue;
    }

    /** The depth TLC reported, or -1 (it reports none when it stops at a violation). */
    int depth() {
        return depth;
    }

    List<TraceStep> steps() {
        return List.copyOf(steps);
    }

    Optional<Counterexample.Loop> loop() {
        return Optional.ofNullable(loop);
    }

    /** TLC's error messages, then the last lines it printed outside messages. */
    List<String> errors() {
        List<String> all = new ArrayList<>(errors);
        if (!errors.isEmpty() || verdict == null) {
            all.addAll(looseLines);
        }
        return all;
    }
}
