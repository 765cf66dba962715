package io.dynaspec.engine.server;

import io.dynaspec.engine.ReferenceEngine;
import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.LogEntry;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.TraceRecorder;
import io.dynaspec.engine.protocol.JsonTree;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntries;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Tag;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The console as a person sees it, in headless Chromium (Debian's chromium and chromedriver;
 * skipped with the reason where they are not installed; CI installs them): a table's partitions
 * appear after CreateTable, a put shows up in the partition {@code /dynaspec/locate} names,
 * failing AZ a moves the leader and recovering it shows the replica catch up (the seed's
 * "If there is an AZ failure in AZ-a ... When AZ-a recovers, the partitions inside it will catch
 * up with the primary"), the write feed shows each outcome, every coloured status carries a text
 * label, and the browser logs no error along the way.
 *
 * <p>The test waits for the page, never for time: the console fires {@code dynaspec:rendered}
 * after each poll of the admin API, and a condition is looked at again after each one.
 */
class ConsoleBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** How long a condition may take to show: many polls of the console. */
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static ReferenceEngine engine;
    private static DynamoDbClient ddb;
    private static ChromeDriver browser;
    private static Path folder;
    private static int tables;

    @BeforeAll
    static void open() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        // An engine of its own: these tests fail zones, which would disturb other tests' tables.
        engine = ReferenceEngine.start("127.0.0.1", 0);
        ddb = DynamoDbClient.builder().endpointOverride(engine.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("any", "any")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.retryStrategy(b -> b.maxAttempts(1)))
                .build();
        folder = Files.createDirectories(Path.of("target", "console-browser-test"));
        Path profile = Files.createTempDirectory(folder, "profile");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1300,2400",
                        "--user-data-dir=" + profile.toAbsolutePath());
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (ddb != null) {
            ddb.close();
        }
        if (engine != null) {
            engine.close();
        }
    }

    @BeforeEach
    void load() {
        browser.get(engine.console().toString());
        until("the console is live", () -> text(By.id("connection")).startsWith("live"));
    }

    /** Whatever a test did, the browser logged no error; and the zones are healthy again. */
    @AfterEach
    void noConsoleErrorsAndHealthyZones() {
        try {
            LogEntries entries = browser.manage().logs().get(LogType.BROWSER);
            List<String> errors = entries.getAll().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                    .map(e -> e.getLevel() + " " + e.getMessage()).toList();
            assertEquals(List.of(), errors, "the browser's console");
        } finally {
            for (AvailabilityZone z : AvailabilityZone.values()) {
                engine.cluster().scheduler().release(z);
                engine.cluster().faults().recoverAz(z);
            }
            engine.cluster().setTrace(TraceRecorder.OFF);
        }
    }

    /** Saves what the browser shows at a step, in target/console-browser-test/, for a person to look at. */
    private static void screenshot(String step) {
        try {
            Files.write(folder.resolve(step + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theConsoleLoadsFromTheEngineAloneWithNoErrors() {
        assertEquals("dynaspec console", browser.getTitle());
        for (WebElement e : browser.findElements(By.cssSelector("script[src], link[href]"))) {
            String url = e.getAttribute(e.getTagName().equals("script") ? "src" : "href");
            assertTrue(url.startsWith(engine.endpoint() + "/dynaspec/console/") || url.startsWith("data:"),
                    "served by the engine itself, so it works offline: " + url);
        }
        assertEquals(3, browser.findElements(By.cssSelector("#zone-cards .zone-card")).size());
        screenshot("1-loaded");
        // The console's own poll has run (the @BeforeEach waited for it); @AfterEach reads the log.
    }

    @Test
    void aTableAndItsPartitionsAppearAfterCreateTable() {
        String t = createTable("Employee", 8);
        showTable(t);
        until("the map has eight hash ranges", () -> browser.findElements(By.cssSelector("#partition-map g.range")).size() == 8);
        until("eight partition groups are drawn", () -> browser.findElements(By.cssSelector("#group-list .group")).size() == 8);
        for (WebElement group : browser.findElements(By.cssSelector("#group-list .group"))) {
            List<String> zones = group.findElements(By.cssSelector(".replica")).stream().map(r -> r.getAttribute("data-zone")).toList();
            assertEquals(List.of("a", "b", "c"), zones, "three replicas, one per AZ");
            assertEquals("a", group.getAttribute("data-leader"), "the leader starts in AZ a");
        }
        List<String> labels = browser.findElements(By.cssSelector("#partition-map g.range")).stream()
                .map(g -> g.findElement(By.tagName("text")).getText()).toList();
        assertEquals("partition 0 (shown)", labels.get(0));
        assertEquals("partition 7", labels.get(7));
        screenshot("2-table-created");
    }

    @Test
    void aPutShowsUpInThePartitionLocateNames() throws Exception {
        String t = createTable("Employee", 4);
        ddb.putItem(b -> b.tableName(t).item(Map.of("LoginAlias", AttributeValue.fromS("irenes"),
                "FirstName", AttributeValue.fromS("Irene"))));
        int partition = locate(t, "irenes");
        showTable(t);
        browser.findElement(By.cssSelector("#key-fields input[name=LoginAlias]")).sendKeys("irenes");
        browser.findElement(By.id("locate-button")).click();
        until("the key box names a partition", () -> !browser.findElements(By.id("located-partition")).isEmpty());
        assertEquals(String.valueOf(partition), browser.findElement(By.id("located-partition")).getAttribute("data-partition"));
        until("the map marks that partition", () -> attribute(By.cssSelector("#partition-map g.range.located"), "data-partition")
                .equals(String.valueOf(partition)));
        until("its items are listed", () -> text(By.id("items-title")).startsWith(t + ", partition " + partition + ": 1 item"));
        WebElement collection = browser.findElement(By.cssSelector("#item-list .collection"));
        assertEquals("\"irenes\"", collection.getAttribute("data-partition-key"));
        assertTrue(collection.getText().contains("FirstName: \"Irene\""), collection.getText());
        WebElement group = browser.findElement(By.cssSelector("#group-list .group[data-partition='" + partition + "']"));
        for (WebElement replica : group.findElements(By.cssSelector(".replica"))) {
            assertEquals("1", replica.findElement(By.cssSelector("dd.items")).getText(), "every replica holds it");
        }
        screenshot("3-put-located");
        for (WebElement other : browser.findElements(By.cssSelector("#group-list .group"))) {
            if (!other.getAttribute("data-partition").equals(String.valueOf(partition))) {
                assertEquals("0", other.findElement(By.cssSelector(".replica[data-zone=a] dd.items")).getText());
            }
        }
    }

    @Test
    void failingAzAMovesTheLeaderAndRecoveringShowsTheReplicaCatchUp() throws Exception {
        String t = createTable("Students", 1);
        put(t, "tomer");
        showTable(t);
        By group = By.cssSelector("#group-list .group[data-partition='0']");
        until("the leader is in AZ a", () -> "a".equals(attribute(group, "data-leader")));

        button("fail AZ a").click();
        until("the leader moved", () -> !attribute(group, "data-leader").equals("a") && !attribute(group, "data-leader").isEmpty());
        until("zone a shows down", () -> text(By.id("zone-a")).contains("zone a down"));
        By replicaA = By.cssSelector("#group-list .group[data-partition='0'] .replica[data-zone=a]");
        assertEquals("false", attribute(replicaA, "data-up"));
        assertTrue(text(replicaA).contains("zone down"), text(replicaA));
        String leader = attribute(group, "data-leader");
        assertTrue(text(group).contains("leader AZ " + leader) && text(group).contains("epoch 2"), text(group));

        // AZ a falls behind while the application keeps writing.
        put(t, "irenes");
        put(t, "mateoj");
        until("replica a lags two entries", () -> "2".equals(attribute(replicaA, "data-lag")));
        assertTrue(text(replicaA).contains("2 behind"), text(replicaA));
        screenshot("4-az-a-down");

        button("recover AZ a").click();
        until("replica a is up and caught up", () -> "true".equals(attribute(replicaA, "data-up"))
                && "0".equals(attribute(replicaA, "data-lag")));
        By leaderReplica = By.cssSelector("#group-list .group[data-partition='0'] .replica[data-zone=" + leader + "]");
        assertEquals(attribute(leaderReplica, "data-applied"), attribute(replicaA, "data-applied"), "same log position as the leader");
        assertEquals("3", attribute(replicaA, "data-applied"));
        assertEquals("3", text(By.cssSelector("#group-list .group[data-partition='0'] .replica[data-zone=a] dd.items")));
        assertTrue(text(replicaA).contains("caught up"), text(replicaA));
        assertEquals(leader, attribute(group, "data-leader"), "the leader stays where it moved");
        until("zone a shows up", () -> text(By.id("zone-a")).contains("zone a up"));
        screenshot("5-az-a-recovered");
    }

    @Test
    void theWriteFeedShowsEachOutcome() throws Exception {
        String t = createTable("Employee", 1);
        put(t, "irenes");
        assertThrows(ConditionalCheckFailedException.class, () -> ddb.putItem(b -> b.tableName(t)
                .item(Map.of("LoginAlias", AttributeValue.fromS("irenes"))).conditionExpression("attribute_not_exists(LoginAlias)")));

        // A write only the leader holds, cut when its zone fails: hold b's and c's deliveries first.
        button("hold AZ b").click();
        until("b is held", () -> text(By.id("zone-b")).contains("deliveries held"));
        button("hold AZ c").click();
        until("c is held", () -> text(By.id("zone-c")).contains("deliveries held"));
        CountDownLatch appended = new CountDownLatch(1);
        engine.cluster().setTrace(new TraceRecorder() {
            @Override
            public void onAppend(PartitionGroup g, LogEntry entry) {
                appended.countDown();
            }
        });
        CompletableFuture<Void> cutWrite = CompletableFuture.runAsync(() -> put(t, "mateoj"));
        assertTrue(appended.await(10, TimeUnit.SECONDS), "the write reached the leader");
        button("fail AZ a").click();
        ExecutionException e = assertThrows(ExecutionException.class, () -> cutWrite.get(10, TimeUnit.SECONDS));
        assertInstanceOf(DynamoDbException.class, e.getCause());
        assertEquals(500, ((DynamoDbException) e.getCause()).statusCode(), "a retryable InternalServerError");

        By rows = By.cssSelector("#write-feed tbody tr");
        until("three writes are listed", () -> browser.findElements(rows).stream().filter(r -> r.getText().contains(t)).count() == 3);
        List<WebElement> mine = browser.findElements(rows).stream().filter(r -> r.getText().contains(t)).toList();
        assertEquals(List.of("cut", "refused", "acknowledged"), mine.stream().map(r -> r.getAttribute("data-outcome")).toList());
        assertEquals("cut by failover", mine.get(0).findElement(By.className("badge")).getText());
        assertTrue(mine.get(0).getText().contains("\"mateoj\""), mine.get(0).getText());
        assertTrue(mine.get(1).getText().contains("ConditionalCheckFailedException"), mine.get(1).getText());
        assertTrue(mine.get(2).getText().contains("log entry 1 of epoch 1"), mine.get(2).getText());
        screenshot("6-write-feed");
    }

    /**
     * Every coloured status is a badge with a text label naming it, legible on its colour: a
     * contrast ratio of at least 4.5:1, WCAG 2's level AA for text. Checked with every kind of
     * status on screen: zones up, down and held, leaders, followers, lagging and caught-up
     * replicas, acknowledged and refused writes.
     */
    @Test
    void everyColouredStatusHasATextLabel() throws Exception {
        String t = createTable("Employee", 1);
        put(t, "irenes");
        assertThrows(ConditionalCheckFailedException.class, () -> ddb.putItem(b -> b.tableName(t)
                .item(Map.of("LoginAlias", AttributeValue.fromS("irenes"))).conditionExpression("attribute_not_exists(LoginAlias)")));
        showTable(t);
        // c falls behind while held; then AZ a fails and b, which has every entry, leads.
        button("hold AZ c").click();
        until("c is held", () -> text(By.id("zone-c")).contains("deliveries held"));
        put(t, "mateoj");
        button("fail AZ a").click();
        until("every kind of status is shown", () -> {
            List<String> states = browser.findElements(By.cssSelector("[data-state]")).stream().map(e -> e.getAttribute("data-state")).toList();
            return states.containsAll(List.of("live", "up", "down", "held", "delivering", "leader", "follower", "lagging",
                    "caught-up", "acknowledged", "refused"));
        });
        screenshot("7-statuses");
        List<WebElement> coloured = browser.findElements(By.cssSelector("[data-state]"));
        for (WebElement e : coloured) {
            String label = e.getText().trim();
            String state = e.getAttribute("data-state");
            assertFalse(label.isEmpty(), "a " + state + " status without a text label");
            assertTrue(e.getAttribute("class").contains("badge"), state);
            double ratio = contrast(e.getCssValue("color"), e.getCssValue("background-color"));
            assertTrue(ratio >= 4.5, "'" + label + "' (" + state + ") has contrast " + ratio);
        }
        // The drawings carry text too: each hash range names its partition and item count.
        for (WebElement range : browser.findElements(By.cssSelector("#partition-map g.range"))) {
            assertTrue(range.getText().matches("(?s)partition \\d+.*\\d+ items?.*"), range.getText());
        }
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static String createTable(String base, int partitions) {
        String name = base + "-" + (++tables);
        ddb.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("LoginAlias").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("LoginAlias").keyType(KeyType.HASH).build())
                .tags(Tag.builder().key("dynaspec:partitions").value(Integer.toString(partitions)).build()));
        return name;
    }

    private static void put(String table, String alias) {
        ddb.putItem(b -> b.tableName(table).item(Map.of("LoginAlias", AttributeValue.fromS(alias))));
    }

    /** The partition the admin API names for a key. */
    private static int locate(String table, String alias) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(engine.endpoint() + "/dynaspec/locate"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"TableName\":\"" + table + "\",\"Key\":{\"LoginAlias\":{\"S\":\"" + alias + "\"}}}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Integer.parseInt(JsonTree.parseObject(r.body().getBytes(StandardCharsets.UTF_8)).get("partition").toString());
    }

    private static void showTable(String table) {
        until("table " + table + " has a tab", () -> !browser.findElements(By.cssSelector("button.table-tab[data-table='" + table + "']")).isEmpty());
        browser.findElement(By.cssSelector("button.table-tab[data-table='" + table + "']")).click();
        until("table " + table + " is shown", () -> "true".equals(attribute(By.cssSelector("button.table-tab[data-table='" + table + "']"), "aria-pressed"))
                && text(By.cssSelector("#group-list .group h3")).startsWith(table + " "));
    }

    /** A button as a person finds it: by its label. */
    private static WebElement button(String label) {
        until("a button '" + label + "'", () -> !browser.findElements(By.xpath("//button[normalize-space()='" + label + "']")).isEmpty());
        return browser.findElement(By.xpath("//button[normalize-space()='" + label + "']"));
    }

    private static String text(By by) {
        List<WebElement> found = browser.findElements(by);
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    private static String attribute(By by, String name) {
        List<WebElement> found = browser.findElements(by);
        String v = found.isEmpty() ? null : found.get(0).getAttribute(name);
        return v == null ? "" : v;
    }

    /**
     * Waits until the condition holds, looking again after each of the console's redraws; the
     * page replaces what it redraws, so an element vanishing mid-look counts as not yet.
     */
    private static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (WebDriverException stale) {
                // redrawn while looked at: look again after the next redraw
            }
            if (System.nanoTime() > deadline) {
                fail("timed out waiting until " + what);
            }
            browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "window.addEventListener('dynaspec:rendered', () => done(true), {once: true});");
        }
    }

    private static final Pattern RGBA = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)(?:, ([\\d.]+))?\\)");

    /** WCAG 2's contrast ratio of two CSS colours, as Chromium reports them (rgb or rgba). */
    private static double contrast(String foreground, String background) {
        double a = luminance(foreground);
        double b = luminance(background);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String css) {
        Matcher m = RGBA.matcher(css);
        assertTrue(m.matches(), css);
        assertTrue(m.group(4) == null || Double.parseDouble(m.group(4)) == 1.0, "an opaque colour: " + css);
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = Integer.parseInt(m.group(i + 1)) / 255.0;
            c[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
