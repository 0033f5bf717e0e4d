package dev.plumbline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Kind;
import dev.plumbline.model.ProjectId;
import dev.plumbline.store.DuckDbStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The example chat in a real headless Chromium: a user copies part of an answer, edits and sends
 * it, rates it in the sampled prompt, gives a thumbs up, regenerates, follows up on the new answer
 * and closes the page; every event must arrive in the real DuckDB store on the right interaction.
 * Skipped only when {@code /usr/bin/chromedriver} is absent (CI installs Debian's chromium-driver).
 */
class ExampleChatBrowserTest {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String SUFFIX = " P.S. Sorry for the wait.";

    @TempDir
    Path dir;

    private ServerFixture fixture;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startServerAndBrowser() {
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "skipped: " + CHROMEDRIVER + " is absent"
                + " (install it with: apt-get install -y chromium chromium-driver)");
        fixture = new ServerFixture(DuckDbStore.open(dir.resolve("data")), ServerConfig.defaults());
        ChromeOptions options = new ChromeOptions().addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--user-data-dir=" + dir.resolve("chromium-profile"));
        if (Files.isExecutable(CHROMIUM)) {
            options.setBinary(CHROMIUM.toFile());
        }
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
                options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowserAndServer() {
        if (browser != null) {
            browser.quit();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void everyUserActionOnTheExampleChatArrivesInTheStoreOnItsOwnInteraction() {
        browser.get(fixture.uri("/example/?sampling=1&interval=0").toString());
        ask("Draft a refund email");
        WebElement first = turn(1);
        String a = first.getAttribute("data-interaction-id");
        String answer = first.findElement(By.className("answer")).getText();

        copyTheFirstCharactersOf(first.findElement(By.className("answer")), 40);
        first.findElement(By.cssSelector("[data-plumbline=edit]")).click();
        WebElement editor = first.findElement(By.cssSelector("[data-plumbline=editor]"));
        editor.sendKeys(Keys.END, SUFFIX);
        first.findElement(By.cssSelector("[data-plumbline=send]")).click();
        first.findElement(By.cssSelector("[data-plumbline-prompt-value='4']")).click();
        first.findElement(By.cssSelector("[data-plumbline-prompt-reason]")).sendKeys("clear and polite");
        first.findElement(By.cssSelector("[data-plumbline-prompt-send]")).click();
        first.findElement(By.cssSelector("[data-plumbline=thumbs-up]")).click();
        first.findElement(By.cssSelector("[data-plumbline=regenerate]")).click();
        String b = turn(2).getAttribute("data-interaction-id");
        ask("Make it shorter");
        String c = turn(3).getAttribute("data-interaction-id");
        browser.get("about:blank");

        Map<String, List<Feedback>> byInteraction = awaitFeedback(List.of(a, b, c), 7);
        assertThat(types(byInteraction.get(a))).containsExactlyInAnyOrder(FeedbackType.COPY, FeedbackType.EDIT,
                FeedbackType.RATING, FeedbackType.THUMBS, FeedbackType.REGENERATE);
        assertThat(types(byInteraction.get(b))).containsExactly(FeedbackType.FOLLOW_UP);
        assertThat(types(byInteraction.get(c))).containsExactly(FeedbackType.ABANDON);

        Feedback copy = only(byInteraction.get(a), FeedbackType.COPY);
        assertThat(copy.text()).contains(answer.substring(0, 40));
        assertThat(Double.parseDouble(copy.meta().get("share"))).isGreaterThan(0).isLessThan(1);
        assertThat(only(byInteraction.get(a), FeedbackType.EDIT).text()).contains(answer.strip() + SUFFIX);
        Feedback rating = only(byInteraction.get(a), FeedbackType.RATING);
        assertThat(rating.value()).contains(4.0);
        assertThat(rating.reason()).contains("clear and polite");
        assertThat(rating.meta()).containsEntry("prompt", "sampled").containsEntry("feedback_propensity", "1");
        assertThat(only(byInteraction.get(a), FeedbackType.THUMBS).value()).contains(1.0);
        assertThat(only(byInteraction.get(b), FeedbackType.FOLLOW_UP).text()).contains("Make it shorter");
        assertThat(Long.parseLong(only(byInteraction.get(c), FeedbackType.ABANDON).meta().get("dwell_ms"))).isNotNegative();
        assertThat(fixture.store.records().interaction(ProjectId.DEFAULT, b).flatMap(Interaction::regenerates)).contains(a);
        assertThat(fixture.store.records().interaction(ProjectId.DEFAULT, a).flatMap(Interaction::feedbackPropensity))
                .contains(1.0);
    }

    @Test
    void aTokenHandedToThePageForOneInteractionCannotPostFeedbackAboutAnother() {
        browser.get(fixture.uri("/example/").toString());
        ask("Draft a refund email");
        ask("Reset my password");
        String a = turn(1).getAttribute("data-interaction-id");
        String b = turn(2).getAttribute("data-interaction-id");

        long onItsOwn = postFromThePage(0, a);
        long onAnother = postFromThePage(0, b);

        assertThat(onItsOwn).isEqualTo(200);
        assertThat(onAnother).isEqualTo(403);
        assertThat(storedFeedback()).extracting(Feedback::interactionId).containsOnly(a);
    }

    @Test
    void withThePrivacySwitchEventsArriveWithoutAnyTextTheUserTyped() {
        browser.get(fixture.uri("/example/?privacy=1&sampling=0").toString());
        ask("Draft a refund email");
        WebElement first = turn(1);
        String a = first.getAttribute("data-interaction-id");
        first.findElement(By.cssSelector("[data-plumbline=edit]")).click();
        first.findElement(By.cssSelector("[data-plumbline=editor]")).sendKeys(Keys.END, SUFFIX);
        first.findElement(By.cssSelector("[data-plumbline=send]")).click();
        first.findElement(By.cssSelector("[data-plumbline=reason]")).sendKeys("private reason");
        first.findElement(By.cssSelector("[data-plumbline=thumbs-down]")).click();
        ask("my secret follow-up");
        String b = turn(2).getAttribute("data-interaction-id");
        browser.get("about:blank");

        List<Feedback> onA = awaitFeedback(List.of(a, b), 4).get(a);
        assertThat(types(onA)).containsExactlyInAnyOrder(FeedbackType.EDIT, FeedbackType.THUMBS, FeedbackType.FOLLOW_UP);
        assertThat(onA).allSatisfy(f -> {
            assertThat(f.text()).isEmpty();
            assertThat(f.reason()).isEmpty();
            assertThat(f.meta()).containsEntry("redacted", "true");
        });
        assertThat(only(onA, FeedbackType.THUMBS).value()).contains(-1.0);
    }

    private void ask(String message) {
        int before = browser.findElements(By.cssSelector("[data-plumbline-answer]")).size();
        browser.findElement(By.id("message")).sendKeys(message);
        browser.findElement(By.id("ask")).click();
        turn(before + 1);
    }

    private WebElement turn(int n) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#chat > [data-plumbline-answer]:nth-of-type(" + n + ")")));
    }

    /** Selects the answer's first characters with the mouse's equivalent and presses Ctrl+C. */
    private void copyTheFirstCharactersOf(WebElement answer, int characters) {
        ((JavascriptExecutor) browser).executeScript("const range = document.createRange();"
                + "range.setStart(arguments[0].firstChild, 0); range.setEnd(arguments[0].firstChild, arguments[1]);"
                + "getSelection().removeAllRanges(); getSelection().addRange(range);", answer, characters);
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("c").keyUp(Keys.CONTROL).perform();
    }

    /** Posts a copy about {@code interactionId} with the token the page got for answer {@code index}. */
    private long postFromThePage(int index, String interactionId) {
        Object status = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "const token = window.plumblineExample.answers[arguments[0]].token;"
                + "const record = {kind: 'feedback', id: 'manual-' + arguments[1], interaction_id: arguments[1],"
                + " ts: new Date().toISOString(), type: 'copy'};"
                + "fetch('/v1/feedback', {method: 'POST', headers: {'Content-Type': 'text/plain'},"
                + " body: JSON.stringify({token, records: [record]})}).then(r => done(r.status), e => done(-1));",
                index, interactionId);
        return ((Number) status).longValue();
    }

    /** Waits until at least {@code expected} feedback records are stored (the beacon is asynchronous). */
    private Map<String, List<Feedback>> awaitFeedback(List<String> interactions, int expected) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ignored -> storedFeedback().size() >= expected);
        Map<String, List<Feedback>> grouped = storedFeedback().stream()
                .collect(Collectors.groupingBy(Feedback::interactionId));
        assertThat(grouped.keySet()).containsExactlyInAnyOrderElementsOf(interactions);
        return grouped;
    }

    private List<Feedback> storedFeedback() {
        List<Feedback> feedback = new ArrayList<>();
        fixture.store.records().scan(ProjectId.DEFAULT, EnumSet.of(Kind.FEEDBACK), record -> feedback.add((Feedback) record));
        return feedback;
    }

    private static List<FeedbackType> types(List<Feedback> feedback) {
        return feedback.stream().map(Feedback::type).toList();
    }

    private static Feedback only(List<Feedback> feedback, FeedbackType type) {
        List<Feedback> ofType = feedback.stream().filter(f -> f.type() == type).toList();
        assertThat(ofType).hasSize(1);
        return ofType.get(0);
    }
}
