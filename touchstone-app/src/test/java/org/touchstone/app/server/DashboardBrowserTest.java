package org.touchstone.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The dashboard in Debian's chromium, headless, against a server on loopback with the demo data:
 * the page loads without console errors, choosing a dyad draws its chart, and clicking a point
 * (or pressing Enter on it) lists the evidence behind it with its sources.
 */
class DashboardBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;
    static DemoServer demo;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium or chromedriver is missing (apt-get install chromium chromium-driver): skipping the "
                        + "dashboard's browser test");
        demo = DemoServer.start(dir);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1366,900", "--user-data-dir=" + dir.resolve("chromium-profile"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File(dir.resolve("chromedriver.log").toString()))
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    void choosingADyadDrawsItsChartAndAPointShowsItsEvidence() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(demo.uri("/").toString());
        wait.until(d -> !d.findElement(By.id("store-summary")).getText().isBlank());
        wait.until(d -> d.findElement(By.id("status")).getText().endsWith("."));

        // choose a dyad with the keyboard: type the actors, pick the unit, press Enter
        WebElement a = browser.findElement(By.id("actor-a"));
        a.clear();
        a.sendKeys("CHN");
        WebElement b = browser.findElement(By.id("actor-b"));
        b.clear();
        b.sendKeys("RUS");
        new Select(browser.findElement(By.id("by"))).selectByValue("year");
        b.sendKeys(Keys.ENTER);
        wait.until(d -> d.findElement(By.id("status")).getText().startsWith("CHN and RUS, by year"));

        JsonNode periods = demo.get("/api/dyad?a=CHN&b=RUS&by=year").json().get("periods");
        assertThat(periods).isNotEmpty();
        WebElement canvas = browser.findElement(By.id("relations-chart"));
        assertThat(canvas.getAttribute("data-points")).isEqualTo(String.valueOf(periods.size()));
        assertThat(script("return Chart.getChart('relations-chart').data.labels.join(',')"))
                .isEqualTo(String.join(",", periods.findValuesAsText("period")));

        // click the point of the first period that has a Goldstein mean
        int index = 0;
        while (periods.get(index).get("goldstein_mean").isNull()) {
            index++;
        }
        String period = periods.get(index).get("period").asText();
        click(canvas, index);
        wait.until(d -> !d.findElements(By.cssSelector("#evidence-list li")).isEmpty());
        String summary = browser.findElement(By.id("evidence-summary")).getText();
        assertThat(summary).contains("events behind CHN ↔ RUS, " + period);
        long total = demo.get("/api/evidence?a=CHN&b=RUS&by=year&period=" + period).json().get("total").asLong();
        assertThat(summary).startsWith(total + " events");
        List<WebElement> items = browser.findElements(By.cssSelector("#evidence-list li"));
        assertThat(items.get(0).getText()).contains("CAMEO");
        assertThat(browser.findElements(By.cssSelector("#evidence-list li .source"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#evidence-list li a[href^='https://']"))).isNotEmpty();

        // the same with the keyboard on the words-against-deeds chart: arrow to a point, Enter
        WebElement saydo = browser.findElement(By.id("saydo-chart"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", saydo);
        saydo.sendKeys(Keys.ARROW_RIGHT, Keys.ENTER);
        wait.until(d -> d.findElement(By.id("evidence-summary")).getText().contains("CHN → RUS"));

        assertThat(severeConsoleMessages()).isEmpty();
    }

    /** Clicks the index-th point of the chart's first line where Chart.js drew it. */
    private static void click(WebElement canvas, int index) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", canvas);
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) ((JavascriptExecutor) browser).executeScript(
                "const chart = Chart.getChart(arguments[0]);"
                        + "const point = chart.getDatasetMeta(0).data[arguments[1]];"
                        + "return [point.x, point.y, chart.canvas.clientWidth, chart.canvas.clientHeight];",
                canvas, index);
        int x = (int) Math.round(at.get(0).doubleValue() - at.get(2).doubleValue() / 2);
        int y = (int) Math.round(at.get(1).doubleValue() - at.get(3).doubleValue() / 2);
        new Actions(browser).moveToElement(canvas, x, y).click().perform();
    }

    private static String script(String code) {
        return String.valueOf(((JavascriptExecutor) browser).executeScript(code));
    }

    private static List<String> severeConsoleMessages() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }
}
