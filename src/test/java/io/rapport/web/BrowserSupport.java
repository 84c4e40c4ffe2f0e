package io.rapport.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Drives Debian's Chromium (never a downloaded browser) against the running application. Each test
 * gets a fresh browser context, so cookies and language never leak between tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserSupport {

	/**
	 * Where screenshots go: under {@code target/} so a test run leaves the working tree clean;
	 * {@code docs/screenshots} only when refreshed on purpose (README, "Screenshots").
	 */
	static final Path SCREENSHOTS = Path.of(System.getProperty("rapport.screenshots", "target/screenshots"));

	/** JPEG quality of a screenshot: text stays sharp enough to read, a long page stays small. */
	static final int SCREENSHOT_QUALITY = 70;

	@LocalServerPort
	int port;

	private Playwright playwright;

	private Browser browser;

	private BrowserContext context;

	Page page;

	@BeforeAll
	void launch() {
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
			.setExecutablePath(Paths.get("/usr/bin/chromium"))
			.setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run")));
	}

	@BeforeEach
	void openContext() {
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"));
		page = context.newPage();
	}

	@AfterEach
	void closeContext() {
		context.close();
	}

	@AfterAll
	void close() {
		browser.close();
		playwright.close();
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void signIn(String email) {
		page.navigate(url("/login"));
		page.getByLabel("E-mail").fill(email);
		page.getByLabel("Password").fill("demo");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page).hasURL(url("/"));
	}

	void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		// JPEG keeps a whole page under the 300 KB the README's images may weigh.
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".jpg")).setFullPage(true)
			.setType(com.microsoft.playwright.options.ScreenshotType.JPEG).setQuality(SCREENSHOT_QUALITY));
	}
}
