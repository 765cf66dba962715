package io.dynaspec.runner.mbt;

import io.dynaspec.runner.tlc.ModelCheckRequest;
import io.dynaspec.runner.tlc.ModelCheckResult;
import io.dynaspec.runner.tlc.TlcLauncher;
import io.dynaspec.runner.tlc.TlcProgress;
import io.dynaspec.runner.tlc.TraceStep;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model's complete state graph as TLC writes it with {@code -dump dot FILE}: every distinct
 * state, with its variables, and every transition TLC found. The spec records in each state the
 * step that reached it ({@code lastAction}), so a path through the graph is a behaviour with
 * its steps' arguments, which the engine can replay.
 *
 * <p>TLC chooses its fingerprints at random each run, so the graph is put in an order of its
 * own: states by their distance from the initial state, then by their text. Behaviours derived
 * from it are the same from one run to the next.
 */
public final class StateGraph {

    private static final Pattern EDGE = Pattern.compile("^(-?\\d+) -> (-?\\d+)\\b");
    private static final Pattern NODE = Pattern.compile("^(-?\\d+) \\[label=\"(.*)\"(?:,style = filled)?\\];?$");

    /** One distinct state. */
    private static final class State {
        final String id;
        final String text;
        final boolean initial;
        final List<State> successors = new ArrayList<>();
        TraceStep step;
        int order = -1;
        State parent;

        State(String id, String text, boolean initial) {
            this.id = id;
            this.text = text;
            this.initial = initial;
        }
    }

    /** A transition, by the positions of its states in the graph's order. */
    record Edge(int from, int to) {
    }

    private final List<State> states;
    private final long transitions;

    private StateGraph(List<State> states, long transitions) {
        this.states = states;
        this.transitions = transitions;
    }

    /** Reads TLC's dot dump of a spec with exactly one initial state; every value must be readable. */
    /**
     * Has TLC explore a model-based-test config of {@code spec/mbt} and write its state graph to
     * {@code graph}: the config's module and the spec modules it extends are copied into a fresh
     * model folder under {@code workDir}.
     */
    static ModelCheckResult dump(Path specDir, Path workDir, String module, String config, List<Path> specModules,
            int workers, Duration timeout, Path graph, Consumer<TlcProgress> progress)
            throws IOException, InterruptedException {
        Path model = workDir.toAbsolutePath().resolve("model");
        Path mbt = specDir.resolve("mbt");
        if (!Files.isRegularFile(mbt.resolve(config + ".cfg"))) {
            throw new IOException("no config " + mbt.resolve(config + ".cfg"));
        }
        List<Path> files = new ArrayList<>(specModules);
        files.add(mbt.resolve(module + ".tla"));
        files.add(mbt.resolve(config + ".cfg"));
        TlcLauncher.freshModelFolder(model, files);
        Files.deleteIfExists(graph);
        return new TlcLauncher().run(new ModelCheckRequest(model, module, config, workers,
                workDir.toAbsolutePath().resolve("tlc"), timeout, List.of("-dump", "dot", graph.toString())), progress);
    }

    public static StateGraph read(Path dot) throws IOException {
        Map<String, State> byId = new HashMap<>();
        List<String[]> edges = new ArrayList<>();
        State initial = null;
        try (BufferedReader in = Files.newBufferedReader(dot, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                Matcher e = EDGE.matcher(line);
                if (e.find()) {
                    edges.add(new String[] {e.group(1), e.group(2)});
                    continue;
                }
                Matcher n = NODE.matcher(line);
                if (n.matches()) {
                    boolean first = line.contains(",style = filled]");
                    State s = new State(n.group(1), unescape(n.group(2)), first);
                    byId.putIfAbsent(s.id, s);
                    if (first) {
                        if (initial != null && !initial.id.equals(s.id)) {
                            throw new IOException(dot + ": more than one initial state; model-based tests need one");
                        }
                        initial = s;
                    }
                }
            }
        }
        if (initial == null) {
            throw new IOException(dot + ": no initial state (is it TLC's -dump dot output?)");
        }
        Set<String> seen = new HashSet<>();
        long transitions = 0;
        for (String[] e : edges) {
            State from = byId.get(e[0]);
            State to = byId.get(e[1]);
            if (from == null || to == null) {
                throw new IOException(dot + ": a transition " + e[0] + " -> " + e[1] + " names a state it does not define");
            }
            if (seen.add(e[0] + ">" + e[1])) {
                from.successors.add(to);
                transitions++;
            }
        }
        List<String> errors = new ArrayList<>();
        List<State> ordered = order(initial, byId.size());
        for (State s : ordered) {
            s.step = TraceStep.parse(s.order + 1, s.initial ? "Initial predicate" : "Next",
                    Arrays.asList(s.text.split("\n")), errors);
        }
        if (!errors.isEmpty()) {
            // A value read as text would make every comparison with it fail: say so here instead.
            throw new IOException(dot + ": unreadable state values: " + errors.subList(0, Math.min(3, errors.size())));
        }
        return new StateGraph(ordered, transitions);
    }

    /** TLC's dot label: backslash escapes, {@code \n} for a line break. */
    static String unescape(String label) {
        StringBuilder out = new StringBuilder(label.length());
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c == '\\' && i + 1 < label.length()) {
                char next = label.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Breadth-first from the initial state, successors by their text: each state's shortest way in. */
    private static List<State> order(State initial, int size) {
        List<State> ordered = new ArrayList<>(size);
        ArrayDeque<State> queue = new ArrayDeque<>();
        initial.order = 0;
        ordered.add(initial);
        queue.add(initial);
        while (!queue.isEmpty()) {
            State s = queue.poll();
            s.successors.sort(Comparator.comparing(t -> t.text));
            for (State t : s.successors) {
                if (t.order < 0) {
                    t.order = ordered.size();
                    t.parent = s;
                    ordered.add(t);
                    queue.add(t);
                }
            }
        }
        return ordered;
    }

    /** The states reachable from the initial state. */
    public int states() {
        return states.size();
    }

    /** The distinct transitions between them. */
    public long transitions() {
        return transitions;
    }

    /**
     * Behaviours that together take every transition of the graph: for each transition not yet
     * taken, in the graph's order, the shortest way from the initial state to it, then on
     * through transitions not yet taken for as long as there is one, and on to a state with no
     * successor. Every state and every transition is in at least one behaviour, and every
     * behaviour is complete.
     */
    public List<List<TraceStep>> transitionCover() {
        Set<Edge> taken = new HashSet<>();
        List<List<TraceStep>> behaviours = new ArrayList<>();
        for (State from : states) {
            for (State to : from.successors) {
                if (taken.contains(new Edge(from.order, to.order))) {
                    continue;
                }
                List<State> path = pathTo(from);
                path.add(to);
                State at = to;
                while (true) {
                    State next = null;
                    for (State t : at.successors) {
                        if (!taken.contains(new Edge(at.order, t.order)) && !isOnPath(path, at, t)) {
                            next = t;
                            break;
                        }
                    }
                    if (next == null) {
                        // On to the end of the behaviour, so that it stops where nothing is
                        // under way: an operation's steps are several transitions.
                        for (State t : at.successors) {
                            if (!isOnPath(path, at, t)) {
                                next = t;
                                break;
                            }
                        }
                    }
                    if (next == null) {
                        break;
                    }
                    path.add(next);
                    at = next;
                }
                for (int i = 1; i < path.size(); i++) {
                    taken.add(new Edge(path.get(i - 1).order, path.get(i).order));
                }
                List<TraceStep> steps = new ArrayList<>(path.size());
                for (int i = 0; i < path.size(); i++) {
                    TraceStep s = path.get(i).step;
                    steps.add(new TraceStep(i + 1, s.action(), s.tlcAction(), s.location(), s.state()));
                }
                behaviours.add(steps);
            }
        }
        return behaviours;
    }

    /** Whether the transition was taken earlier on this path: a cycle is followed once. */
    private static boolean isOnPath(List<State> path, State from, State to) {
        for (int i = 1; i < path.size(); i++) {
            if (path.get(i - 1) == from && path.get(i) == to) {
                return true;
            }
        }
        return false;
    }

    private static List<State> pathTo(State s) {
        ArrayDeque<State> reversed = new ArrayDeque<>();
        for (State at = s; at != null; at = at.parent) {
            reversed.push(at);
        }
        return new ArrayList<>(reversed);
    }
}
