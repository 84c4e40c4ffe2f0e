package io.rapport.notifications.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import io.rapport.common.text.LocaleFormats;
import io.rapport.notifications.Notice;

/**
 * A notice's text in one language. Arguments are stored as plain values; here a whole number
 * becomes a number (so ICU plurals choose their form) and an ISO date the locale's date.
 */
@Component
public class NoticeTexts {

	/** The languages of every mail Rapport writes, as its other mail does. */
	public static final List<Locale> MAIL_LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("pl"));

	private static final Pattern WHOLE = Pattern.compile("-?\\d{1,15}");

	private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private final MessageSource messages;

	NoticeTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String text(Notice notice, Locale locale) {
		Object[] arguments = new Object[notice.arguments().size()];
		for (int i = 0; i < arguments.length; i++) {
			arguments[i] = value(notice.arguments().get(i), locale);
		}
		return messages.getMessage(notice.code(), arguments, notice.code(), locale);
	}

	public String get(String code, Locale locale, Object... arguments) {
		return messages.getMessage(code, arguments, locale);
	}

	private static Object value(String argument, Locale locale) {
		if (argument == null) {
			return "";
		}
		if (WHOLE.matcher(argument).matches()) {
			return Long.valueOf(argument);
		}
		if (DAY.matcher(argument).matches()) {
			try {
				return LocaleFormats.date(LocalDate.parse(argument), locale);
			}
			catch (DateTimeParseException ex) {
				return argument;
			}
		}
		return argument;
	}
}
