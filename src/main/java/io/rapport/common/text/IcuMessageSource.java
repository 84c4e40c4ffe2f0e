package io.rapport.common.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * The bundles' messages formatted with ICU's {@link MessageFormat}, so that a count picks the
 * word its language needs: {@code {0, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}}.
 *
 * <p>Design note: a message asked for without arguments is returned as written, as Spring does
 * by default, so an apostrophe in a plain message stays single. A message with arguments follows
 * ICU's apostrophe rule, which reads {@code ''} as one apostrophe (as {@code java.text} does) and a
 * lone one as itself unless it quotes a brace, so {@code {0}'s} keeps its apostrophe. Numbers in
 * {@code {0}} are written as the locale writes them; a parsed pattern is kept per locale.
 */
public class IcuMessageSource extends ResourceBundleMessageSource {

	private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

	@Override
	protected String getMessageInternal(String code, Object[] args, Locale locale) {
		if (code == null) {
			return null;
		}
		Locale target = locale == null ? Locale.getDefault() : locale;
		if (ObjectUtils.isEmpty(args) && !isAlwaysUseMessageFormat()) {
			return super.getMessageInternal(code, args, target);
		}
		String pattern = resolveCodeWithoutArguments(code, target);
		if (pattern == null) {
			return super.getMessageInternal(code, args, target);
		}
		MessageFormat format = formats.computeIfAbsent(target, l -> new ConcurrentHashMap<>())
			.computeIfAbsent(pattern, p -> new MessageFormat(p, ULocale.forLocale(target)));
		Object[] resolved = resolveArguments(args, target);
		synchronized (format) {
			return format.format(resolved);
		}
	}

	/** A default message (one a caller passes along with its code) formatted the same way. */
	@Override
	protected String formatMessage(String message, Object[] args, Locale locale) {
		if (message == null || ObjectUtils.isEmpty(args)) {
			return message;
		}
		return format(message, resolveArguments(args, locale), locale);
	}

	/** Days and moments among the arguments are written as the locale writes them ({@link LocaleFormats}). */
	@Override
	protected Object[] resolveArguments(Object[] args, Locale locale) {
		Object[] resolved = super.resolveArguments(args, locale);
		for (int i = 0; i < resolved.length; i++) {
			if (resolved[i] instanceof LocalDate day) {
				resolved[i] = LocaleFormats.date(day, locale);
			}
			else if (resolved[i] instanceof Instant instant) {
				resolved[i] = LocaleFormats.dateTime(instant, ZoneOffset.UTC, locale) + " UTC";
			}
			else if (resolved[i] instanceof LocalDateTime || resolved[i] instanceof ZonedDateTime
					|| resolved[i] instanceof OffsetDateTime) {
				resolved[i] = LocaleFormats.dateTime((TemporalAccessor) resolved[i], null, locale);
			}
		}
		return resolved;
	}

	/**
	 * A message of the application's bundles in English, for what is written outside any request:
	 * an exception's own message in the log, a test's assertion.
	 * @return the message, or the code and its arguments when the bundles lack it
	 */
	public static String english(String code, Object... args) {
		String message = English.SOURCE.getMessage(code, args, null, Locale.ENGLISH);
		return message == null ? code + Arrays.toString(args) : message;
	}

	/** One pattern formatted with ICU in the given locale, e.g. for a message that lives outside the bundles. */
	public static String format(String pattern, Object[] args, Locale locale) {
		return new MessageFormat(pattern, ULocale.forLocale(locale)).format(args);
	}

	private static final class English {

		static final IcuMessageSource SOURCE = new IcuMessageSource();

		static {
			SOURCE.setBasename("messages");
			SOURCE.setDefaultEncoding("UTF-8");
			SOURCE.setFallbackToSystemLocale(false);
		}
	}
}
