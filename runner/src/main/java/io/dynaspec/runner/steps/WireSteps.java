package io.dynaspec.runner.steps;

import io.cucumber.java.en.When;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests no SDK would send: a body written out as it goes on the wire, so that a scenario can
 * give a member another JSON type than the one its shape declares. The body replaces the one the
 * SDK marshals for the operation and is signed like any other request; what comes back is read as
 * every other answer is. {@code ${Name}} in the body stands for the scenario's table Name.
 */
public final class WireSteps {

    private static final Pattern TABLE = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");

    private final World world;

    public WireSteps(World world) {
        this.world = world;
    }

    @When("I send {word} with the raw body:")
    public void sendRaw(String operation, String body) {
        Matcher m = TABLE.matcher(body);
        StringBuilder physical = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(physical, Matcher.quoteReplacement(world.table(m.group(1))));
        }
        m.appendTail(physical);
        WireRecorder recorder = world.session().recorder();
        recorder.sendNextWithBody(physical.toString());
        try {
            world.send(operation, DynamoJson.MAPPER.createObjectNode());
        } finally {
            recorder.clearRawBody();
        }
    }
}
