package io.rapport.common.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import io.rapport.common.DomainRuleException;
import io.rapport.common.tenancy.CapabilityMissingException;

/** Turns what the domain raised (a message code and its arguments) into words in the reader's language. */
@Component
public class RuleMessages {

	private final MessageSource messages;

	RuleMessages(MessageSource messages) {
		this.messages = messages;
	}

	public String of(DomainRuleException ex) {
		return of(ex, LocaleContextHolder.getLocale());
	}

	public String of(DomainRuleException ex, Locale locale) {
		if (ex.code() == null) {
			return ex.getMessage();
		}
		return messages.getMessage(ex.code(), ex.arguments(), ex.code(), locale);
	}

	public String of(CapabilityMissingException ex) {
		return messages.getMessage(ex.capability().refusalCode(), null, LocaleContextHolder.getLocale());
	}

	/** A message by its code, in the reader's language. */
	public String get(String code, Object... arguments) {
		return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}
}
