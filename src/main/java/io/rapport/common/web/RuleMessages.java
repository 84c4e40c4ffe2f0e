package io.rapport.common.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import io.rapport.common.DomainRuleException;
import io.rapport.common.NotFoundException;
import io.rapport.common.ReportedProblem;
import io.rapport.common.ValueRefusedException;
import io.rapport.common.tenancy.AccessRefusedException;
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

	/** The detail of a problem that knows its status, in the reader's language. */
	public String of(ReportedProblem ex) {
		if (ex.code() == null) {
			return ex.getMessage();
		}
		return messages.getMessage(ex.code(), ex.arguments(), ex.code(), LocaleContextHolder.getLocale());
	}

	public String of(CapabilityMissingException ex) {
		return messages.getMessage(ex.capability().refusalCode(), null, LocaleContextHolder.getLocale());
	}

	public String of(AccessRefusedException ex) {
		return messages.getMessage(ex.code(), ex.arguments(), ex.code(), LocaleContextHolder.getLocale());
	}

	/** A record not found (or out of scope), in the reader's language. */
	public String of(NotFoundException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		String what = messages.getMessage("notFound.what." + ex.what().replace(' ', '_'), null, ex.what(), locale);
		return messages.getMessage("error.notFound.detail", new Object[] { what, String.valueOf(ex.id()) }, locale);
	}

	/**
	 * Whatever a page caught (a broken rule, a problem with its status, a refusal), in the reader's
	 * language; another exception's own message as it is.
	 */
	public String of(RuntimeException ex) {
		if (ex instanceof DomainRuleException rule) {
			return of(rule);
		}
		if (ex instanceof ReportedProblem reported) {
			return of(reported);
		}
		if (ex instanceof CapabilityMissingException missing) {
			return of(missing);
		}
		if (ex instanceof AccessRefusedException refused) {
			return of(refused);
		}
		if (ex instanceof NotFoundException notFound) {
			return of(notFound);
		}
		if (ex instanceof ValueRefusedException problem) {
			return messages.getMessage(problem.code(), problem.arguments(), problem.code(), LocaleContextHolder.getLocale());
		}
		return ex.getMessage();
	}

	/** A message by its code, in the reader's language. */
	public String get(String code, Object... arguments) {
		return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}
}
