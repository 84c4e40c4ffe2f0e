package io.rapport.common.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a cookie or {@code ?lang}, Accept-Language chooses between English and Polish; English otherwise. */
class BrowserLanguageTests {

	@Test
	void choosesPolishForABrowserThatAsksForIt() {
		assertThat(WebConfiguration.browserLanguage("pl-PL,pl;q=0.9,en-US;q=0.8")).isEqualTo(Locale.forLanguageTag("pl"));
		assertThat(WebConfiguration.browserLanguage("de-DE, pl;q=0.5")).isEqualTo(Locale.forLanguageTag("pl"));
	}

	@Test
	void choosesEnglishForEnglishOtherOrNoLanguage() {
		assertThat(WebConfiguration.browserLanguage("en-GB,en;q=0.9,pl;q=0.8")).isEqualTo(Locale.ENGLISH);
		assertThat(WebConfiguration.browserLanguage("de-DE")).isEqualTo(Locale.ENGLISH);
		assertThat(WebConfiguration.browserLanguage(null)).isEqualTo(Locale.ENGLISH);
		assertThat(WebConfiguration.browserLanguage(";;;q=x")).isEqualTo(Locale.ENGLISH);
	}
}
