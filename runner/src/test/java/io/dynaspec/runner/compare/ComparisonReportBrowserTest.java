package io.dynaspec.runner.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dynaspec.runner.steps.Exchange;
import io.dynaspec.runner.steps.ScenarioResult;
import io.dynaspec.runner.steps.ScenarioResult.Outcome;
import io.dynaspec.runner.steps.SuiteResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The comparison report as a person sees it, in headless Chromium (Debian's chromium and
 * chromedriver; skipped with the reason where they are not installed, installed by CI): the
 * summary by feature area first, unrecorded differences before recorded ones, both responses side
 * by side with the differing member marked, and the identical scenarios folded away at the end.
 */
class ComparisonReportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static ChromeDriver browser;
    private static Path page;

    @BeforeAll
    static void open() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        Path folder = Path.of("target", "report-browser-test");
        page = new ComparisonReport(comparison()).write(folder).get(1);
        Path profile = Files.createTempDirectory(folder, "profile");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
                        "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.get(page.toAbsolutePath().toUri().toString());
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theSectionsComeInTheOrderAReaderNeedsThem() {
        List<String> headings = browser.findElements(By.tagName("h2")).stream().map(WebElement::getText).toList();
        assertEquals(4, headings.size(), headings.toString());
        assertEquals("By feature area", headings.get(0));
        assertTrue(headings.get(1).startsWith("Unrecorded differences") && headings.get(1).endsWith("(1)"), headings.get(1));
        assertTrue(headings.get(2).startsWith("Recorded divergences") && headings.get(2).endsWith("(1)"), headings.get(2));
        assertTrue(headings.get(3).startsWith("Not compared"), headings.get(3));
        int areas = browser.findElement(By.id("areas")).getLocation().getY();
        int unrecorded = browser.findElement(By.id("unrecorded")).getLocation().getY();
        int recorded = browser.findElement(By.id("recorded")).getLocation().getY();
        assertTrue(areas < unrecorded && unrecorded < recorded, "laid out top to bottom");
        assertTrue(browser.findElement(By.className("verdict")).getText().startsWith("FAIL"));
    }

    @Test
    void theAreaSummaryCountsEachFeature() {
        List<String> rows = browser.findElements(By.cssSelector("#areas + table tr")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("feature scenarios same recorded divergences unrecorded differences not compared",
                "delete_item.feature 2 1 1 0 0", "put_item.feature 3 1 0 1 1"), rows);
    }

    @Test
    void bothResponsesStandSideBySideWithTheDifferenceMarked() throws Exception {
        WebElement section = browser.findElement(By.cssSelector("section.UNRECORDED"));
        List<WebElement> sides = section.findElements(By.cssSelector(".exchange.differ .side"));
        assertEquals(2, sides.size());
        assertEquals(sides.get(0).getLocation().getY(), sides.get(1).getLocation().getY(), "one row");
        assertTrue(sides.get(0).getLocation().getX() + sides.get(0).getSize().getWidth() <= sides.get(1).getLocation().getX(),
                "two columns");
        List<WebElement> marked = sides.get(1).findElements(By.cssSelector("mark.diff"));
        assertFalse(marked.isEmpty());
        assertTrue(marked.stream().anyMatch(m -> m.getText().contains("ValidationException")), "the error is marked");
        assertNotEquals("rgba(0, 0, 0, 0)", marked.get(0).getCssValue("background-color"), "marked visibly");
        assertTrue(sides.get(0).getText().contains("HTTP 200") && sides.get(1).getText().contains("HTTP 400"));
        Files.write(page.resolveSibling("comparison.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aRecordedDivergenceShowsWhatDynamoDbDoesAndWhere() {
        WebElement section = browser.findElement(By.cssSelector("section.RECORDED"));
        String text = section.findElement(By.className("record")).getText();
        assertTrue(text.contains("What DynamoDB does: DeleteItem rejects ALL_NEW"), text);
        assertEquals("https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html",
                section.findElement(By.cssSelector(".record a")).getAttribute("href"));
    }

    @Test
    void identicalScenariosAreFoldedAwayUntilOpened() {
        WebElement same = browser.findElement(By.id("same"));
        assertTrue(same.findElement(By.tagName("summary")).getText().startsWith("2 scenarios with the same outcome"));
        WebElement row = same.findElement(By.cssSelector("table tr:nth-child(2)"));
        assertFalse(row.isDisplayed(), "folded");
        same.findElement(By.tagName("summary")).click();
        assertTrue(row.isDisplayed(), "shown once opened");
    }

    private static Comparison comparison() {
        Exchange put = new Exchange("PutItem", "{\"TableName\":\"Employee\",\"Item\":{\"LoginAlias\":{\"S\":\"irenes\"}}}", 200, "{}");
        Exchange refused = new Exchange("PutItem", put.request(), 400,
                "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ValidationException\",\"message\":\"One or more parameter values were invalid\"}");
        Exchange deleted = new Exchange("DeleteItem", "{\"TableName\":\"Employee\",\"ReturnValues\":\"ALL_NEW\"}", 200, "{}");
        Exchange rejected = new Exchange("DeleteItem", deleted.request(), 400,
                "{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":\"Return values set to invalid value\"}");
        SuiteResult a = new SuiteResult("reference", "reference", "not @pending-cluster", List.of(
                scenario("put_item.feature", 1, "same put", Outcome.PASSED, put),
                scenario("put_item.feature", 2, "a put one target refuses", Outcome.PASSED, put),
                scenario("put_item.feature", 3, "under the hood", Outcome.PASSED),
                scenario("delete_item.feature", 1, "same delete", Outcome.PASSED),
                scenario("delete_item.feature", 2, "DeleteItem accepts only NONE and ALL_OLD", Outcome.PASSED, rejected)),
                Duration.ofSeconds(1), Optional.empty(), Path.of("target"));
        SuiteResult b = new SuiteResult("dynalite", "dynalite", "not @pending-cluster", List.of(
                scenario("put_item.feature", 1, "same put", Outcome.PASSED, put),
                scenario("put_item.feature", 2, "a put one target refuses", Outcome.FAILED, refused),
                scenario("put_item.feature", 3, "under the hood", Outcome.SKIPPED),
                scenario("delete_item.feature", 1, "same delete", Outcome.PASSED),
                scenario("delete_item.feature", 2, "DeleteItem accepts only NONE and ALL_OLD", Outcome.FAILED, deleted)),
                Duration.ofSeconds(1), Optional.empty(), Path.of("target"));
        Divergence known = new Divergence("delete_item.feature", "DeleteItem accepts only NONE and ALL_OLD",
                "dynalite accepts ALL_NEW and deletes", "DeleteItem rejects ALL_NEW with a ValidationException",
                "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html");
        return Comparison.of(a, new KnownDivergences("reference", "", List.of()), b,
                new KnownDivergences("dynalite", "4.0.0", List.of(known)));
    }

    private static ScenarioResult scenario(String feature, int line, String name, Outcome outcome, Exchange... transcript) {
        return new ScenarioResult(feature, line, name, List.of(), outcome,
                outcome == Outcome.FAILED ? "expected the request to succeed" : "", List.of(transcript));
    }
}
