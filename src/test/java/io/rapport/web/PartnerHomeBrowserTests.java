package io.rapport.web;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.rapport.RapportIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner's home puts its vendors side by side, each with its VEI toward the partner, the
 * trend, the verdict and what is open — on a phone too, in both languages (issue 13).
 */
@RapportIntegrationTest
class PartnerHomeBrowserTests extends BrowserSupport {

	@Autowired
	JdbcClient jdbc;

	private String partnerWithTwoVendors() {
		return jdbc.sql("""
				select u.email from app_user u join partnership p on p.partner_id = u.organization_id and p.status = 'ACTIVE'
				group by u.email having count(distinct p.vendor_id) >= 2 order by u.email limit 1""").query(String.class).single();
	}

	@Test
	void seesItsVendorsSideBySideWithVeiTrendAndVerdict() {
		signIn(partnerWithTwoVendors());
		assertThat(page.locator(".vendor-card").first()).isVisible();
		int cards = page.locator(".vendor-card").count();
		assertThat(cards).isGreaterThanOrEqualTo(2);
		assertThat(page.locator(".vendor-card .verdict")).hasCount(page.locator(".vendor-card .vei").count());
		assertThat(page.locator(".vendor-card .vei").first()).hasText(Pattern.compile("^\\d{1,3}\\.\\d$"));
		assertThat(page.locator(".vendor-card .chart-spark svg").first()).isVisible();
		// Highest VEI toward the partner first: the column's "which vendors take us seriously".
		double first = Double.parseDouble(page.locator(".vendor-card .vei").first().textContent());
		double last = Double.parseDouble(page.locator(".vendor-card .vei").last().textContent());
		assertThat(first).isGreaterThanOrEqualTo(last);
		screenshot("home-partner");
	}

	@Test
	void worksOnAPhoneInPolish() {
		page.setViewportSize(390, 844);
		signIn(partnerWithTwoVendors());
		page.navigate(url("/?lang=pl"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Twoi producenci");
		assertThat(page.locator(".vendor-card .vei").first()).hasText(Pattern.compile("^\\d{1,3},\\d$"));
		// Nothing runs off the screen sideways.
		Number scroll = (Number) page.evaluate("() => document.documentElement.scrollWidth");
		assertThat(scroll.intValue()).isLessThanOrEqualTo(390);
		// The menu opens from its button and reaches the partner's pages.
		assertThat(page.locator("#main-nav a[href='/support']")).not().isVisible();
		page.locator(".navbar-toggler").click();
		assertThat(page.locator("#main-nav a[href='/support']")).isVisible();
		screenshot("home-partner-390-pl");
	}
}
