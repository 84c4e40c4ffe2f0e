package io.rapport.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.rapport.RapportIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Every page a partner's people use works on a 390 px phone, in Polish and in English (issue 13). */
@RapportIntegrationTest
class PartnerPhoneBrowserTests extends BrowserSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyPartnerPageFitsAPhoneInBothLanguages() {
		String admin = jdbc.sql("""
				select u.email from app_user u join partnership p on p.partner_id = u.organization_id and p.status = 'ACTIVE'
				group by u.email having count(distinct p.vendor_id) >= 2 order by u.email limit 1""").query(String.class).single();
		page.setViewportSize(390, 844);
		signIn(admin);
		for (String language : List.of("pl", "en")) {
			for (String path : List.of("/", "/partnerships", "/engagement/vendors", "/report-card", "/surveys", "/support", "/inbox")) {
				page.navigate(url(path + "?lang=" + language));
				assertThat(page.locator("html")).hasAttribute("lang", language);
				assertThat(page.locator("main h1")).isVisible();
				Number width = (Number) page.evaluate("() => document.documentElement.scrollWidth");
				assertThat(width.intValue()).as("%s in %s fits 390 px", path, language).isLessThanOrEqualTo(390);
			}
		}
		screenshot("partner-support-390");
	}
}
