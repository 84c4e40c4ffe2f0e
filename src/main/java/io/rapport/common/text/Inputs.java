package io.rapport.common.text;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import io.rapport.common.InvalidInputException;
import io.rapport.common.InvalidInputException.FieldProblem;

/**
 * Checks a request record against its own constraints ({@code @Size}, {@link NoControlCharacters},
 * …) where no {@code @Valid} did: in the application services, so a page's form, an import and
 * the API meet the same limits before the database would refuse a value with a 500.
 */
@Component
public final class Inputs {

	private final Validator validator;

	private final MessageSource messages;

	Inputs(Validator validator, MessageSource messages) {
		this.validator = validator;
		this.messages = messages;
	}

	/**
	 * @return the request, when every constraint holds
	 * @throws InvalidInputException naming each refused field and why, in the reader's language
	 */
	public <T> T check(T request) {
		List<ConstraintViolation<T>> violations = validator.validate(request).stream()
			.sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString())).toList();
		if (!violations.isEmpty()) {
			Locale locale = LocaleContextHolder.getLocale();
			throw new InvalidInputException(violations.stream().map(v -> {
				String field = v.getPropertyPath().toString();
				return new FieldProblem(field, label(field, locale), v.getMessage());
			}).toList());
		}
		return request;
	}

	/**
	 * One free-text value that comes without a record (a note, a name).
	 * @return the value, when it fits
	 * @throws InvalidInputException naming the field and why, in the reader's language
	 */
	public String text(String field, String value, int max, boolean multiLine) {
		String problem = null;
		Locale locale = LocaleContextHolder.getLocale();
		if (value != null && Texts.length(value) > max) {
			problem = messages.getMessage("rapport.validation.tooLong", new Object[] { max }, locale);
		}
		else if (Texts.hasControlCharacter(value, multiLine)) {
			problem = messages.getMessage("rapport.validation.noControlCharacters", null, locale);
		}
		if (problem != null) {
			throw new InvalidInputException(List.of(new FieldProblem(field, label(field, locale), problem)));
		}
		return value;
	}

	/** The field's name in the reader's language ({@code field.<name>}), or as the request spells it. */
	public String label(String field, Locale locale) {
		String last = field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[.*]", "");
		return messages.getMessage("field." + last, null, field, locale);
	}
}
