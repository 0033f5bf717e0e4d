package dev.plumbline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.plumbline.annotation.FedPair;
import dev.plumbline.annotation.PairCandidate;
import dev.plumbline.model.ProjectId;
import dev.plumbline.store.Account;
import dev.plumbline.store.AccountRole;
import dev.plumbline.store.Queue;
import dev.plumbline.store.QueueItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The annotation web UI in a real headless Chromium against a real server over a real DuckDB file:
 * log in, label a queue with the keyboard, see agreement in the admin view, and pages free of
 * console errors. Screenshots go to {@code target/ui-screenshots}. Skipped only when
 * {@code /usr/bin/chromedriver} is absent (CI installs Debian's chromium and chromium-driver).
 */
class AnnotationUiTest {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "ui-screenshots");
    private static final int ITEMS = 3;
    private static Path data;
    private static ServerFixture fixture;
    private WebDriver browser;
    private Path profile;

    @BeforeAll
    static void startServer() throws IOException {
        assumeTrue(Files.isExecutable(CHROMEDRIVER),
                "UI tests skipped: /usr/bin/chromedriver is absent (apt-get install chromium chromium-driver)");
        data = Files.createTempDirectory("plumbline-ui");
        fixture = new ServerFixture(data, ServerConfig.defaults());
        for (String name : List.of("admin", "ann", "bob", "cid")) {
            fixture.store.accounts().create(new Account(name, ProjectId.DEFAULT,
                    name.equals("admin") ? AccountRole.ADMIN : AccountRole.ANNOTATOR, Passwords.hash(name + "-password"),
                    Instant.now()));
        }
        Instant now = Instant.now();
        fixture.store.queues().create(ProjectId.DEFAULT, new Queue("prefs", "Refund emails", dev.plumbline.store.QueueKind.PAIRWISE,
                2, Duration.ofMinutes(10), "v3", Optional.of("https://example.org/guideline-v3"), false, 0, 7, now));
        List<QueueItem> items = new ArrayList<>();
        IntStream.range(0, ITEMS).forEach(i -> items.add(AnnotationPayload.item(new FedPair("item-" + i, "audit-sample",
                PairCandidate.of("i-" + i + "a", "i-" + i + "b", "Write refund email number " + i,
                        "Dear customer, we refund you today.", "Dear Ms Lee, we refund you today and apologise.",
                        "regenerate", 0.5)), List.of(new dev.plumbline.model.Message("user", "I was charged twice")),
                Optional.empty(), now)));
        fixture.store.queues().add(ProjectId.DEFAULT, "prefs", items);
        fixture.store.accounts().assign(ProjectId.DEFAULT, "prefs", "ann");
        fixture.store.accounts().assign(ProjectId.DEFAULT, "prefs", "bob");
        // cid works on a queue of its own, so the page check never takes a slot the labelling test needs
        fixture.store.queues().create(ProjectId.DEFAULT, Queue.pairwise("tour", 1, "v1", now));
        fixture.store.queues().add(ProjectId.DEFAULT, "tour", items);
        fixture.store.accounts().assign(ProjectId.DEFAULT, "tour", "cid");
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopServer() {
        if (fixture != null) {
            fixture.server.close();
            fixture.store.close();
        }
    }

    @BeforeEach
    void openBrowser() throws IOException {
        profile = Files.createTempDirectory("plumbline-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + fixture.server.port() + path;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    private void logIn(String name) {
        browser.get(url("/annotation/login.html"));
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(name + "-password");
        browser.findElement(By.id("submit")).click();
        waiting().until(ExpectedConditions.urlContains(name.equals("admin") ? "admin.html" : "annotate.html"));
    }

    private void logOut() {
        browser.findElement(By.id("logout")).click();
        waiting().until(ExpectedConditions.urlContains("login.html"));
    }

    private void labelWithKeys(String... keys) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("progress"), "0 labelled by you"));
        for (int i = 0; i < keys.length; i++) {
            waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("item")));
            new Actions(browser).sendKeys(keys[i]).perform();
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("progress"), (i + 1) + " labelled by you"));
        }
    }

    private void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    @Test
    void twoAnnotatorsLabelAQueueWithTheKeyboardAndTheAdminSeesTheirAgreement() throws IOException {
        logIn("ann");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("prompt"), "Write refund email"));
        assertThat(browser.findElements(By.cssSelector("#right-text ins, #left-text del"))).isNotEmpty();
        screenshot("annotator-item");
        new Actions(browser).sendKeys("?").perform();
        assertThat(browser.findElement(By.id("help")).isDisplayed()).isTrue();
        new Actions(browser).sendKeys("?").perform();
        labelWithKeys("1", "2", "0");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Nothing left"));
        screenshot("annotator-done");
        logOut();
        logIn("bob");
        labelWithKeys("1", "2", "0");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Nothing left"));
        logOut();
        logIn("admin");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pairs tbody tr")));
        String pairs = browser.findElement(By.id("pairs")).getText();
        assertThat(pairs).contains("ann", "bob");
        assertThat(browser.findElement(By.cssSelector("#pairs tbody tr td:nth-child(3)")).getText()).isEqualTo("3");
        assertThat(browser.findElement(By.id("annotators")).getText()).contains("ann", "bob");
        assertThat(browser.findElement(By.id("queues")).getText()).contains("prefs");
        screenshot("admin-agreement");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void theLoginAnnotatorAndAdminPagesRenderWithoutConsoleErrors() throws IOException {
        browser.get(url("/annotation/login.html"));
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        screenshot("login");
        assertThat(consoleErrors()).isEmpty();
        logIn("admin");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#queues tbody tr")));
        screenshot("admin");
        logOut();
        logIn("cid");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("prompt"), "Write refund email"));
        screenshot("annotate");
        assertThat(consoleErrors()).isEmpty();
    }
}
