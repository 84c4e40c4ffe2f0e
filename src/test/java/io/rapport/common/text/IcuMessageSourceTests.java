package io.rapport.common.text;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts take the word their language needs; plain and {@code {0}} messages read as they always did. */
class IcuMessageSourceTests {

	private static final Locale POLISH = Locale.forLanguageTag("pl");

	private final IcuMessageSource messages = source("icu-test-messages");

	@Test
	void choosesThePolishPluralFormForEachCount() {
		assertThat(messages.getMessage("days", new Object[] { 1 }, POLISH)).isEqualTo("1 dzień");
		assertThat(messages.getMessage("days", new Object[] { 2 }, POLISH)).isEqualTo("2 dni");
		assertThat(messages.getMessage("days", new Object[] { 5 }, POLISH)).isEqualTo("5 dni");
		assertThat(messages.getMessage("days", new Object[] { 22 }, POLISH)).isEqualTo("22 dni");
		assertThat(messages.getMessage("days", new Object[] { 1.5 }, POLISH)).isEqualTo("1,5 dnia");
		assertThat(messages.getMessage("partners", new Object[] { 1 }, POLISH)).isEqualTo("1 partner");
		assertThat(messages.getMessage("partners", new Object[] { 3 }, POLISH)).isEqualTo("3 partnerów");
		assertThat(messages.getMessage("partners", new Object[] { 12 }, POLISH)).isEqualTo("12 partnerów");
	}

	@Test
	void choosesTheEnglishPluralFormForEachCount() {
		assertThat(messages.getMessage("days", new Object[] { 1 }, Locale.ENGLISH)).isEqualTo("1 day");
		assertThat(messages.getMessage("days", new Object[] { 0 }, Locale.ENGLISH)).isEqualTo("0 days");
		assertThat(messages.getMessage("days", new Object[] { 2 }, Locale.ENGLISH)).isEqualTo("2 days");
	}

	@Test
	void keepsPlainMessagesAsWritten() {
		assertThat(messages.getMessage("plain", null, Locale.ENGLISH)).isEqualTo("It's plain, with '{braces}' left alone");
	}

	@Test
	void readsApostrophesAroundArgumentsAsJavaTextDoesAndLeavesLoneOnes() {
		assertThat(messages.getMessage("apostrophe", new Object[] { "Helix", "open" }, Locale.ENGLISH))
			.isEqualTo("Helix's programme, it's open");
	}

	@Test
	void writesNumberArgumentsAsTheLocaleDoes() {
		assertThat(messages.getMessage("number", new Object[] { 12345 }, Locale.ENGLISH)).isEqualTo("12,345 partnerships");
		assertThat(messages.getMessage("number", new Object[] { 12345 }, POLISH)).isEqualTo("12\u00A0345 partnerstw");
	}

	@Test
	void fallsBackToEnglishForAKeyPolishLacks() {
		assertThat(messages.getMessage("apostrophe", new Object[] { "Helix", "open" }, POLISH))
			.isEqualTo("Helix's programme, it's open");
	}

	@Test
	void formatsDefaultMessagesWithIcuToo() {
		assertThat(messages.getMessage("absent", new Object[] { 2 }, "{0, plural, one {# dzień} few {# dni} other {# dni}}", POLISH))
			.isEqualTo("2 dni");
	}

	@Test
	void formatsEveryMessageOfTheRealBundlesWithoutFailing() {
		IcuMessageSource real = source("messages");
		java.util.ResourceBundle english = java.util.ResourceBundle.getBundle("messages", Locale.ROOT);
		Object[] args = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
		java.util.ResourceBundle polish = java.util.ResourceBundle.getBundle("messages", POLISH);
		for (String key : english.keySet()) {
			// A message without placeholders is only ever returned as written.
			if (english.getString(key).matches("(?s).*\\{\\d.*")) {
				assertThat(real.getMessage(key, args, Locale.ENGLISH)).as(key).doesNotContain("{0");
			}
			if (polish.getString(key).matches("(?s).*\\{\\d.*")) {
				assertThat(real.getMessage(key, args, POLISH)).as(key).doesNotContain("{0");
			}
		}
	}

	private static IcuMessageSource source(String basename) {
		IcuMessageSource source = new IcuMessageSource();
		source.setBasename(basename);
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}
}
