package io.rapport.common.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import io.rapport.common.Money;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code #fmt} writes figures as each language does: decimal commas, spaced thousands and dd.MM.yyyy in Polish. */
class PageFormatsTests {

	private static final Locale POLISH = Locale.forLanguageTag("pl");

	private static final String NBSP = "\u00A0";

	private final PageFormats polish = new PageFormats(POLISH);

	private final PageFormats english = new PageFormats(Locale.ENGLISH);

	@Test
	void writesNumbersWithTheLocalesSeparators() {
		assertThat(polish.number(12345.678, 1)).isEqualTo("12" + NBSP + "345,7");
		assertThat(english.number(12345.678, 1)).isEqualTo("12,345.7");
		assertThat(polish.number(0.5, 2)).isEqualTo("0,50");
		assertThat(polish.number(2.25, 1)).as("half up").isEqualTo("2,3");
		assertThat(polish.integer(1234567)).isEqualTo("1" + NBSP + "234" + NBSP + "567");
		assertThat(polish.number(null, 1)).isEmpty();
	}

	@Test
	void writesSharesAsPercentages() {
		assertThat(polish.percent(0.125, 1)).isEqualTo("12,5%");
		assertThat(english.percent(0.125, 1)).isEqualTo("12.5%");
		assertThat(english.percent(0.8, 0)).isEqualTo("80%");
	}

	@Test
	void writesMoneyWithItsCurrency() {
		Money revenue = new Money(new BigDecimal("1234567.891"), "PLN");
		assertThat(polish.money(revenue)).isEqualTo("1" + NBSP + "234" + NBSP + "568" + NBSP + "PLN");
		assertThat(english.money(revenue, 2)).isEqualTo("1,234,567.89" + NBSP + "PLN");
	}

	@Test
	void writesDatesAsTheLocaleDoes() {
		LocalDate day = LocalDate.of(2026, 12, 3);
		assertThat(polish.date(day)).isEqualTo("03.12.2026");
		assertThat(english.date(day)).isEqualTo("2026-12-03");
		assertThat(polish.date(Instant.parse("2026-12-03T23:30:00Z"))).isEqualTo("03.12.2026");
		OffsetDateTime meeting = OffsetDateTime.of(2026, 3, 10, 10, 30, 0, 0, ZoneOffset.ofHours(1));
		assertThat(polish.datetime(meeting)).isEqualTo("10.03.2026 10:30");
		assertThat(english.datetime(meeting)).isEqualTo("2026-03-10 10:30");
		assertThat(polish.datetime(Instant.parse("2026-03-10T09:30:00Z"), ZoneId.of("Europe/Warsaw"))).isEqualTo("10.03.2026 10:30");
	}

	@Test
	void isTheFmtObjectOfEveryTemplateInThePagesLocale() {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(new StringTemplateResolver());
		((StringTemplateResolver) engine.getTemplateResolvers().iterator().next()).setTemplateMode(TemplateMode.HTML);
		engine.addDialect(new FormatDialect());
		String template = "<p th:text=\"${#fmt.number(score, 1)} + ' / ' + ${#fmt.date(day)}\"></p>";
		Map<String, Object> values = Map.of("score", 55.25, "day", LocalDate.of(2026, 12, 3));
		assertThat(engine.process(template, new Context(POLISH, values))).isEqualTo("<p>55,3 / 03.12.2026</p>");
		assertThat(engine.process(template, new Context(Locale.ENGLISH, values))).isEqualTo("<p>55.3 / 2026-12-03</p>");
	}
}
