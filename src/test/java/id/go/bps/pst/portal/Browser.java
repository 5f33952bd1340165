package id.go.bps.pst.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Assumptions;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Headless Chromium for the browser tests (*BrowserIT): the system browser from Debian ({@code /usr/bin/chromium},
 * or {@code -Dpst.browser=...}), never one Playwright downloads. Each person in a test gets their own context
 * (cookies, session); every page they see is kept as a screenshot under {@code target/screenshots/<test>/}.
 */
public final class Browser implements AutoCloseable {

    static final String EXECUTABLE = System.getProperty("pst.browser", "/usr/bin/chromium");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final String baseUrl;
    private final Path screenshots;
    private final AtomicInteger shot = new AtomicInteger();

    private Browser(String baseUrl, String test) {
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(EXECUTABLE)).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu")));
        this.baseUrl = baseUrl;
        this.screenshots = Path.of("target", "screenshots", test);
        clear(screenshots);
    }

    /** Screenshots of an earlier run would mix with this run's numbering. */
    private static void clear(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Skips (not fails) the browser tests where no Chromium is installed; .ci/run installs it. */
    public static Browser open(int port, String test) {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(EXECUTABLE)),
                "no Chromium at " + EXECUTABLE + " (apt-get install chromium, or -Dpst.browser=...)");
        return new Browser("http://localhost:" + port, test);
    }

    /** A new person at the browser: own cookies, Indonesian, a phone-sized or desktop window. */
    public Page person(boolean phone) {
        return open(new NewContextOptions().setViewportSize(phone ? 390 : 1280, phone ? 844 : 900));
    }

    /** A staff member: the back-office pages ask for the same account by HTTP Basic, as the browser would. */
    public Page staff(String user, String password) {
        return open(new NewContextOptions().setViewportSize(1280, 900).setHttpCredentials(user, password));
    }

    private Page open(NewContextOptions options) {
        BrowserContext context = chromium.newContext(options.setBaseURL(baseUrl).setLocale("id-ID")
                .setAcceptDownloads(true));
        context.setDefaultTimeout(15_000);
        // A failed call behind a page (an XHR of Tasklist, say) is the first thing to read when a test fails.
        context.onResponse(response -> {
            if (response.status() >= 400) {
                System.out.println("[browser] " + response.status() + " " + response.request().method() + " "
                        + response.url() + " " + safeText(response));
            }
        });
        Page page = context.newPage();
        page.onPageError(error -> System.out.println("[browser] page error: " + error));
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                System.out.println("[browser] console: " + message.text());
            }
        });
        return page;
    }

    private static String safeText(com.microsoft.playwright.Response response) {
        try {
            String text = response.text();
            return text.length() > 500 ? text.substring(0, 500) : text;
        } catch (RuntimeException e) {
            return "";
        }
    }

    /**
     * Signs in to a Camunda webapp ({@code tasklist}, {@code cockpit}) on its own login form, filled only once the
     * app has routed to {@code #/login} and checked before it is sent: a Tasklist login once timed out on the login
     * page under load with no login call made, as when the form is typed into before it is ready.
     */
    public void camundaLogin(Page page, String app, String user, String password) {
        page.navigate(url("/camunda/app/" + app + "/default/"));
        page.waitForURL("**#/login");
        Locator name = page.locator("input[ng-model=username]");
        Locator secret = page.locator("input[type=password]");
        name.fill(user);
        secret.fill(password);
        assertThat(name).hasValue(user);
        assertThat(secret).hasValue(password);
        page.locator("button[type=submit]").click();
        page.waitForURL(u -> !u.endsWith("#/login"));
    }

    public String url(String path) {
        return baseUrl + path;
    }

    /** Keeps what the page shows now as {@code NN-name.png}. */
    public void shoot(Page page, String name) {
        try {
            Files.createDirectories(screenshots);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(screenshots.resolve(String.format("%02d-%s.png", shot.incrementAndGet(), name))));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
