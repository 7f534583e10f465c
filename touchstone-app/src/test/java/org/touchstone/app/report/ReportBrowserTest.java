package org.touchstone.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.touchstone.app.Main;

/**
 * The demo report in a real browser: Debian's chromium, headless, driven by Selenium through
 * chromedriver. The page must load from file:// with no console error and no request beyond the
 * file itself, every chart must have marks, and a number's link must open its evidence.
 */
class ReportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Where the screenshot is kept for people to look at (the module's target directory). */
    static final Path SCREENSHOT = Path.of("target", "report-screenshot.png");

    @TempDir
    Path dir;

    @Test
    void theDemoReportOpensOfflineWithoutErrorsAndEveryChartHasMarks() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipping the browser test: it needs Debian's chromium and chromedriver at " + CHROMIUM + " and "
                        + CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
        Path index = demoReport();

        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        WebDriver driver = new ChromeDriver(service, options(dir.resolve("profile")));
        try {
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.get(index.toUri().toString());
            assertThat(driver.getTitle()).isEqualTo("Touchstone report: CHN, RUS, USA");

            List<WebElement> charts = driver.findElements(By.cssSelector("svg.chart"));
            assertThat(charts).hasSizeGreaterThanOrEqualTo(5);
            for (WebElement chart : charts) {
                assertThat(chart.findElements(By.cssSelector(".mark"))).as(chart.getAttribute("id")).isNotEmpty();
                assertThat(chart.getSize().getWidth()).as("drawn: " + chart.getAttribute("id")).isGreaterThan(100);
            }

            takeScreenshot(driver);

            // from a number to the events behind it: the link opens the evidence list it points at
            WebElement link = driver.findElement(By.cssSelector("a[href='#ev-relations-chn-usa-2019']"));
            link.click();
            WebElement evidence = driver.findElement(By.id("ev-relations-chn-usa-2019"));
            assertThat(evidence.getAttribute("open")).as("the evidence list opens").isNotNull();
            assertThat(evidence.getText()).contains("2019-");

            List<String> severe = new ArrayList<>();
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    severe.add(entry.getMessage());
                }
            }
            assertThat(severe).as("console errors").isEmpty();
            String page = index.toUri().toString();
            assertThat(requestedUrls(driver, page)).as("nothing but the page itself is fetched")
                    .contains(page).allMatch(url -> url.equals(page) || url.startsWith("data:"));
        } finally {
            driver.quit();
            service.stop();
        }
    }

    private Path demoReport() {
        Path db = dir.resolve("demo/touchstone-demo.duckdb");
        Path out = dir.resolve("report");
        StringWriter err = new StringWriter();
        assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "demo", "--db", db.toString()))
                .as(err.toString()).isZero();
        assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "report", "--db", db.toString(),
                "--out", out.toString())).as(err.toString()).isZero();
        return out.resolve("index.html").toAbsolutePath();
    }

    private static ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1600");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return options;
    }

    /** Saves the screenshot under target/ and checks it shows something: a real PNG with many colours. */
    private static void takeScreenshot(WebDriver driver) throws IOException {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(800);
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 3) {
            for (int y = 0; y < image.getHeight(); y += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours.size()).as("distinct colours in " + new File(SCREENSHOT.toString()).getAbsolutePath())
                .isGreaterThan(20);
    }

    /**
     * Every URL requested for the document {@code page}, from chromedriver's performance log (the
     * browser's own pages, such as the new-tab page it starts with, are left out).
     */
    private static List<String> requestedUrls(WebDriver driver, String page) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = json.readTree(entry.getMessage()).path("message");
            if (message.path("method").asText().equals("Network.requestWillBeSent")
                    && message.path("params").path("documentURL").asText().startsWith(page)) {
                urls.add(message.path("params").path("request").path("url").asText());
            }
        }
        return urls;
    }
}
