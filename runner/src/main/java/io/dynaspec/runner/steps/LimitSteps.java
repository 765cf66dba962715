package io.dynaspec.runner.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeyType;

/**
 * Requests built to an exact number of bytes or characters, for the edges of DynamoDB's sizes
 * and lengths (ServiceQuotas.html). Sizes are counted as DynamoDB counts them
 * (CapacityUnitCalculations.html): an attribute is the UTF-8 bytes of its name plus its value,
 * a string value its UTF-8 bytes, a binary value its raw bytes. Written-out texts are made of a
 * character the scenario names, so that counting characters instead of bytes comes out wrong.
 */
public final class LimitSteps {

    /** The mark in a template after the character that is repeated to reach the length asked for. */
    private static final String REPEAT = "…";
    /** Positive integers of an even number of digits ending in a non-zero one: the docs' number rule is exact for them. */
    private static final Pattern EXACT_NUMBER = Pattern.compile("[1-9]([0-9]{2})*[1-9]");
    /** A character named by its code point: U+ and four to six hexadecimal digits. */
    private static final Pattern CODE_POINT = Pattern.compile("U\\+[0-9A-F]{4,6}");
    /** A text to write out several times over: {@code «text»×n}. */
    private static final Pattern REPEATED = Pattern.compile("«([^»]*)»×([0-9]+)");

    private final World world;
    /** The item as a growth update would leave it, for "holds the item as grown". */
    private Map<String, AttributeValue> grown;

    public LimitSteps(World world) {
        this.world = world;
    }

    /**
     * The request (without TableName), with every occurrence of the template replaced by its
     * expansion: the template with the character before "…" repeated so that the expansion is
     * exactly {@code bytes} bytes of UTF-8.
     */
    @When("I call {word} on {word} with {string} written out to {int} bytes:")
    public void callWrittenOut(String operation, String table, String template, int bytes, String requestJson) {
        send(operation, table, requestJson.replace(template, writtenOut(template, bytes)));
    }

    /** As above, for a whole request (RequestItems names the scenario's tables): the batch operations. */
    @When("I call {word} with {string} written out to {int} bytes:")
    public void callWholeWrittenOut(String operation, String template, int bytes, String requestJson) {
        world.send(operation, (ObjectNode) DynamoJson.parse(requestJson.replace(template, writtenOut(template, bytes))));
    }

    /**
     * The request (without TableName), with each {@code «text»×n} in it written out as the text n
     * times over: expressions of hundreds of operators, parentheses or path elements, for the
     * limits of ServiceQuotas.html ("Expression parameters").
     */
    @When("I call {word} on {word} with the repeats written out:")
    public void callWithRepeats(String operation, String table, String requestJson) {
        send(operation, table, repeatsWrittenOut(requestJson));
    }

    /** The template with each {@code «text»×n} replaced by the text n times over. */
    static String repeatsWrittenOut(String template) {
        Matcher m = REPEATED.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1).repeat(Integer.parseInt(m.group(2)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The request (without TableName), with {@code token} replaced by that many copies of the
     * template joined by commas, the n-th copy with its "#" replaced by n: an expression of a few
     * hundred actions, for the limit on the operators of one expression.
     */
    @When("I call {word} on {word} with {word} standing for {int} copies of {string}, numbered:")
    public void callWithCopies(String operation, String table, String token, int count, String template, String requestJson) {
        StringBuilder copies = new StringBuilder();
        for (int n = 1; n <= count; n++) {
            copies.append(n > 1 ? "," : "").append(template.replace("#", Integer.toString(n)));
        }
        send(operation, table, requestJson.replace(token, copies));
    }

    /** The request (without TableName), with every occurrence of the token replaced by the base64 of that many bytes. */
    @When("I call {word} on {word} with {string} standing for {int} bytes of binary:")
    public void callWithBinary(String operation, String table, String token, int bytes, String requestJson) {
        send(operation, table, requestJson.replace(token, Base64.getEncoder().encodeToString(binary(bytes))));
    }

    @Given("the item in {word}, padded to {int} bytes with {string} in attribute {string}:")
    public void existingPaddedItem(String table, int bytes, String character, String attribute, String item) {
        world.arrange("PutItem", put(table, written(padded(item, bytes, character, attribute))));
    }

    /** The item, with one more string attribute whose value (of the given character) makes it exactly that size. */
    @When("I put into {word} the item below, padded to {int} bytes with {string} in attribute {string}:")
    public void putPaddedItem(String table, int bytes, String character, String attribute, String item) {
        world.send("PutItem", put(table, written(padded(item, bytes, character, attribute))));
    }

    /**
     * As above, for an item holding sets: the page gives no size for a set, so each set counts
     * the sizes of its members alone, which is the least it can count. The item DynamoDB sizes is
     * at least that large, never smaller.
     */
    @When("I put into {word} the item below, counting its sets by their members alone, padded to {int} bytes with {string} in attribute {string}:")
    public void putPaddedItemWithSets(String table, int bytes, String character, String attribute, String item) {
        Map<String, AttributeValue> attributes = DynamoJson.item(DynamoJson.parse(item));
        int rest = bytes - itemSize(attributes, true) - utf8(attribute);
        requireRoom(rest, bytes);
        attributes.put(attribute, AttributeValue.fromS(fill(character, rest)));
        world.send("PutItem", put(table, written(attributes)));
    }

    /** The item, with one more binary attribute whose raw bytes make it exactly that size. */
    @When("I put into {word} the item below, padded to {int} bytes with binary in attribute {string}:")
    public void putItemPaddedWithBinary(String table, int bytes, String attribute, String item) {
        Map<String, AttributeValue> attributes = DynamoJson.item(DynamoJson.parse(item));
        int rest = bytes - itemSize(attributes) - utf8(attribute);
        requireRoom(rest, bytes);
        attributes.put(attribute, AttributeValue.fromB(SdkBytes.fromByteArray(binary(rest))));
        world.send("PutItem", put(table, written(attributes)));
    }

    /**
     * The item, with more attributes whose names carry the size: each name is the given
     * character repeated (up to DynamoDB's 65,535 bytes for a name) after a number that keeps the
     * names apart, and each value is the one-byte string "v".
     */
    @When("I put into {word} the item below, padded to {int} bytes with attributes named in {string}:")
    public void putItemPaddedWithNames(String table, int bytes, String character, String item) {
        Map<String, AttributeValue> attributes = DynamoJson.item(DynamoJson.parse(item));
        int rest = bytes - itemSize(attributes);
        requireRoom(rest, bytes);
        int width = utf8(character);
        for (int n = 1; rest > 0; n++) {
            String number = Integer.toString(n);
            int nameBytes = Math.min(65_535, rest - 1);
            if (nameBytes < number.length()) {
                throw new IllegalArgumentException("the last " + rest + " bytes leave no room for an attribute");
            }
            int body = nameBytes - number.length();
            String name = number + character.repeat(body / width) + "x".repeat(body % width);
            attributes.put(name, AttributeValue.fromS("v"));
            rest -= nameBytes + 1;
        }
        world.send("PutItem", put(table, written(attributes)));
    }

    /**
     * UpdateItem {@code SET #a = :v} on the item last written, with a value of the given character
     * that brings the item to exactly that size.
     */
    @When("I grow the item in {word} to {int} bytes with attribute {string} made of {string}")
    public void growItem(String table, int bytes, String attribute, String character) {
        Map<String, AttributeValue> before = world.itemAsWritten();
        int rest = bytes - itemSize(before) - utf8(attribute);
        requireRoom(rest, bytes);
        AttributeValue value = AttributeValue.fromS(fill(character, rest));
        grown = new LinkedHashMap<>(before);
        grown.put(attribute, value);
        ObjectNode request = DynamoJson.MAPPER.createObjectNode();
        request.put("TableName", table);
        request.set("Key", DynamoJson.toJson(world.keyOf(table, before)));
        request.put("UpdateExpression", "SET #a = :v");
        request.putObject("ExpressionAttributeNames").put("#a", attribute);
        request.putObject("ExpressionAttributeValues").set(":v", DynamoJson.toJson(value));
        world.send("UpdateItem", request);
    }

    @Then("{word} holds the item as grown")
    public void tableHoldsGrown(String table) {
        if (grown == null) {
            throw new IllegalStateException("the scenario has grown no item");
        }
        GetItemResponse got = world.db().getItem(r -> r.tableName(world.table(table))
                .key(world.keyOf(table, grown)).consistentRead(true));
        if (!got.hasItem()) {
            throw new AssertionError(table + " holds no item with key " + DynamoJson.toJson(world.keyOf(table, grown)));
        }
        ResponseSteps.assertSame(table + "'s item", DynamoJson.toJson(grown), DynamoJson.toJson(got.item()));
    }

    /** An item keyed "k" whose attribute Doc holds the string "leaf" inside that many maps (or lists). */
    @When("I put an item into {word} with a string inside {int} nested {word}")
    public void putNestedItem(String table, int levels, String containers) {
        AttributeValue v = AttributeValue.fromS("leaf");
        for (int i = 0; i < levels; i++) {
            v = switch (containers) {
                case "maps" -> AttributeValue.fromM(Map.of("m", v));
                case "lists" -> AttributeValue.fromL(List.of(v));
                default -> throw new IllegalArgumentException("values nest in maps or lists, not " + containers);
            };
        }
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put(world.partitionKeyName(table), AttributeValue.fromS("k"));
        item.put("Doc", v);
        world.send("PutItem", put(table, written(item)));
    }

    /**
     * CreateTable of a table whose name, as sent, is exactly that many characters: the target's
     * own naming of the scenario's tables (a prefix, a scenario number) is counted in, and the
     * rest is the letter T.
     */
    @When("I create a table whose name is {int} characters long, keyed by {word}")
    public void createTableOfNameLength(int length, String partitionKey) {
        createTable(logicalOfLength(length), partitionKey);
    }

    /** DescribeTable of a table that was never created, whose name as sent is exactly that many characters. */
    @When("I describe a table whose name is {int} characters long")
    public void describeTableOfNameLength(int length) {
        ObjectNode request = DynamoJson.MAPPER.createObjectNode();
        request.put("TableName", logicalOfLength(length));
        world.send("DescribeTable", request);
    }

    /** CreateTable of a table with a string partition key whose name is that many letters k. */
    @When("I create a table {word} keyed by an attribute named with {int} characters")
    public void createTableWithLongKeyName(String table, int length) {
        createTable(table, "k".repeat(length));
    }

    @When("I create a table named {word}, keyed by {word}")
    public void createNamedTable(String table, String partitionKey) {
        createTable(table, partitionKey);
    }

    private void createTable(String logical, String partitionKey) {
        ObjectNode request = DynamoJson.MAPPER.createObjectNode();
        request.put("TableName", logical);
        request.putArray("AttributeDefinitions").addObject().put("AttributeName", partitionKey).put("AttributeType", "S");
        request.putArray("KeySchema").addObject().put("AttributeName", partitionKey).put("KeyType", "HASH");
        request.put("BillingMode", "PAY_PER_REQUEST");
        world.sendCreateTable(logical, request);
    }

    /** A logical table name that the target turns into a name of exactly {@code length} characters. */
    private String logicalOfLength(int length) {
        int overhead = world.table("").length();
        if (length <= overhead) {
            throw new IllegalArgumentException("this target names tables with " + overhead
                    + " characters of its own: a name of " + length + " characters cannot be sent");
        }
        return "T".repeat(length - overhead);
    }

    private void send(String operation, String table, String requestJson) {
        JsonNode members = DynamoJson.parse(requestJson);
        ObjectNode request = DynamoJson.MAPPER.createObjectNode();
        request.put("TableName", table);
        members.properties().forEach(e -> request.set(e.getKey(), e.getValue()));
        if (operation.equals("PutItem") && request.has("Item")) {
            world.wroteGenerated(DynamoJson.item(request.get("Item")));
        }
        world.send(operation, request);
    }

    private Map<String, AttributeValue> written(Map<String, AttributeValue> item) {
        world.wroteGenerated(item);
        return item;
    }

    private Map<String, AttributeValue> padded(String item, int bytes, String character, String attribute) {
        Map<String, AttributeValue> attributes = DynamoJson.item(DynamoJson.parse(item));
        int rest = bytes - itemSize(attributes) - utf8(attribute);
        requireRoom(rest, bytes);
        attributes.put(attribute, AttributeValue.fromS(fill(character, rest)));
        return attributes;
    }

    /**
     * The character repeated to fill {@code bytes}, and ASCII x for the bytes a whole character
     * would overshoot. A character may be named by its code point, as U+0080, for the first and
     * last characters of each UTF-8 width, which are invisible or look alike when written.
     */
    private static String fill(String character, int bytes) {
        if (CODE_POINT.matcher(character).matches()) {
            character = Character.toString(Integer.parseInt(character.substring(2), 16));
        }
        int width = utf8(character);
        return character.repeat(bytes / width) + "x".repeat(bytes % width);
    }

    /** The template with the character before "…" repeated so that the whole is exactly {@code bytes} bytes. */
    static String writtenOut(String template, int bytes) {
        int mark = template.indexOf(REPEAT);
        if (mark < 1 || template.indexOf(REPEAT, mark + 1) >= 0) {
            throw new IllegalArgumentException("a template has one character followed by one \"" + REPEAT + "\": " + template);
        }
        int start = template.offsetByCodePoints(mark, -1);
        String character = template.substring(start, mark);
        String before = template.substring(0, start);
        String after = template.substring(mark + REPEAT.length());
        int rest = bytes - utf8(before) - utf8(after);
        int width = utf8(character);
        if (rest < 0 || rest % width != 0) {
            throw new IllegalArgumentException("\"" + template + "\" cannot be written out to " + bytes
                    + " bytes in whole characters " + character);
        }
        return before + character.repeat(rest / width) + after;
    }

    /** Bytes 1, 2, ... 255, 1, ...: none zero, so that no value is mistaken for padding. */
    private static byte[] binary(int length) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (i % 255 + 1);
        }
        return b;
    }

    /**
     * An item's size by CapacityUnitCalculations.html, for the types whose size the page gives
     * exactly; any other type in a scenario's item is refused rather than guessed.
     */
    static int itemSize(Map<String, AttributeValue> item) {
        return itemSize(item, false);
    }

    /** With {@code setsByMembers}, a set counts its members' sizes alone (the page gives no size for sets). */
    private static int itemSize(Map<String, AttributeValue> item, boolean setsByMembers) {
        int size = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            size += utf8(e.getKey()) + valueSize(e.getValue(), setsByMembers);
        }
        return size;
    }

    private static int valueSize(AttributeValue v, boolean setsByMembers) {
        return switch (v.type()) {
            case S -> utf8(v.s());
            case B -> v.b().asByteArray().length;
            case BOOL, NUL -> 1;
            // "3 bytes of overhead, regardless of its contents", "sum (size of nested elements)",
            // and "each List or Map element also requires 1 byte of overhead"; a map's element is
            // sized as an attribute is, its name counted.
            case L -> 3 + v.l().stream().mapToInt(e -> 1 + valueSize(e, setsByMembers)).sum();
            case M -> 3 + v.m().entrySet().stream()
                    .mapToInt(e -> 1 + utf8(e.getKey()) + valueSize(e.getValue(), setsByMembers)).sum();
            case SS, NS, BS -> {
                if (!setsByMembers) {
                    throw new IllegalArgumentException("the documentation gives no exact size for type " + v.type()
                            + "; count its members alone, the least it can be");
                }
                yield switch (v.type()) {
                    case SS -> v.ss().stream().mapToInt(LimitSteps::utf8).sum();
                    case NS -> v.ns().stream().mapToInt(n -> valueSize(AttributeValue.fromN(n), false)).sum();
                    default -> v.bs().stream().mapToInt(b -> b.asByteArray().length).sum();
                };
            }
            // "1 byte per two significant digits" plus 1: exact only for whole pairs of digits.
            case N -> {
                if (!EXACT_NUMBER.matcher(v.n()).matches()) {
                    throw new IllegalArgumentException("the documented number size is approximate for " + v.n()
                            + "; use a positive integer with an even number of significant digits");
                }
                yield v.n().length() / 2 + 1;
            }
            default -> throw new IllegalArgumentException("the documentation gives no exact size for type " + v.type());
        };
    }

    private static void requireRoom(int rest, int bytes) {
        if (rest < 0) {
            throw new IllegalArgumentException("the item is already larger than " + bytes + " bytes");
        }
    }

    private static ObjectNode put(String table, Map<String, AttributeValue> item) {
        return ItemSizeSteps.put(table, item);
    }

    private static int utf8(String s) {
        return ItemSizeSteps.utf8(s);
    }
}
