package dev.plumbline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.plumbline.model.Kind;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Record;
import dev.plumbline.report.LoopHealth;
import dev.plumbline.report.LoopHealthHtml;
import dev.plumbline.report.SampleLoop;
import dev.plumbline.wire.V1Encoder;
import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens the generated loop-health report file and the dashboard of a real server (random port, real
 * DuckDB with the sample loop imported over HTTP, an annotation queue with labels and waiting items,
 * a stored report snapshot) in real headless Chromium; checks that the browser logged no errors, that
 * every chart rendered, that the queue charts and the carried voice view drew their data and state it,
 * and saves screenshots under target/browser.
 */
class LoopHealthBrowserTest {
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path ARTIFACTS = Path.of("target", "browser");

    @TempDir
    Path dir;
    private ChromeDriver browser;

    @BeforeEach
    void startBrowser() throws Exception {
        assumeTrue(CHROMEDRIVER.canExecute(), "SKIPPED: /usr/bin/chromedriver is absent; install chromium and chromium-driver"
                + " (apt-get install -y chromium chromium-driver) to run the browser test");
        Files.createDirectories(ARTIFACTS);
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chrome-profile")));
        if (new File("/usr/bin/chromium").canExecute()) {
            options.setBinary("/usr/bin/chromium");
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 6000));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void rendersEveryChartOfTheReportFileAndOfTheDashboardWithoutConsoleErrors() throws Exception {
        try (ServerFixture fixture = new ServerFixture(dir.resolve("data"), ServerConfig.defaults())) {
            importSample(fixture);
            Instant now = Instant.now();
            SampleQueue.create(fixture.store, ProjectId.DEFAULT, now.minusSeconds(3600));
            ReportInputs.record(fixture.store, ProjectId.DEFAULT, SampleQueue.voiceSnapshot(now.minusSeconds(60)));
            List<Record> stored = new ArrayList<>();
            fixture.store.records().scan(ProjectId.DEFAULT, EnumSet.allOf(Kind.class), stored::add);
            // the file gets what the dashboard's server gets: the queues' throughput and the last snapshot
            LoopHealth health = LoopHealth.assemble("default", stored, ReportInputs.stored(fixture.store, ProjectId.DEFAULT, now), now);
            int charts = health.sections().stream().mapToInt(s -> s.charts().size()).sum();
            assertThat(charts).isGreaterThanOrEqualTo(14);

            Path file = LoopHealthHtml.write(health, dir.resolve("out"), true);
            browser.get(file.toUri().toString());
            assertChartsRendered(charts, "report-file");
            assertAnnotationAndCarriedViews();

            browser.get(fixture.uri("/dashboard.html").toString());
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> "true".equals(
                    d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
            assertChartsRendered(charts, "dashboard");
            assertAnnotationAndCarriedViews();
        }
    }

    /** The queue charts drew their bars and state their numbers; the voice view carried from the snapshot drew its line and says when. */
    private void assertAnnotationAndCarriedViews() {
        for (String id : List.of("annotator-throughput", "annotator-time-per-item", "queue-age", "queue-backlog",
                "queue-waiting-per-policy", "teacher-proximity")) {
            WebElement chart = browser.findElement(By.cssSelector("[data-chart='" + id + "'][data-rendered='true']"));
            // ECharts draws each bar and line as a path: an empty chart has only its axes
            assertThat(chart.findElements(By.cssSelector("svg path")).size()).as(id).isGreaterThan(4);
        }
        String annotation = browser.findElement(By.id("section-agreement")).getText();
        assertThat(annotation).contains("Annotation throughput and agreement")
                .contains("Queue blind: 3 items (2 waiting, 0 in progress, 1 complete), 2 labels")
                .contains("Queue blind, ann-2: 1 labels, 60.0 items per hour of work, median 60.0 s per item");
        assertThat(browser.findElement(By.id("section-voice")).getText()).contains("Computed by plumbline report at ")
                .contains("acme-assist@v2: teacher proximity 0.340.").doesNotContain("Not available");
    }

    private void importSample(ServerFixture fixture) throws Exception {
        V1Encoder encoder = new V1Encoder();
        StringBuilder body = new StringBuilder();
        for (Record record : SampleLoop.records(7, 40)) {
            body.append(encoder.toJson(record)).append('\n');
        }
        HttpResponse<String> response = fixture.ndjson(body.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private void assertChartsRendered(int expected, String name) throws Exception {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d ->
                d.findElements(By.cssSelector("[data-chart][data-rendered='true']")).size() == expected);
        List<WebElement> charts = browser.findElements(By.cssSelector("[data-chart]"));
        assertThat(charts).hasSize(expected);
        for (WebElement chart : charts) {
            String id = chart.getDomAttribute("data-chart");
            assertThat(chart.getSize().getWidth()).as(name + " " + id).isPositive();
            assertThat(chart.getSize().getHeight()).as(name + " " + id).isPositive();
            assertThat(chart.findElements(By.cssSelector("svg, canvas"))).as(name + " " + id).isNotEmpty();
        }
        Files.write(ARTIFACTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(errors).as(name + " console errors").isEmpty();
    }
}
