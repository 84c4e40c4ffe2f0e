package io.rapport.common.web;

import java.util.Locale;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import io.rapport.common.DomainRuleException;
import io.rapport.common.NotFoundException;
import io.rapport.common.tenancy.AccessRefusedException;
import io.rapport.common.tenancy.CapabilityMissingException;

/**
 * Pages answer a missing or out-of-scope record with a friendly 404 page and a broken rule with
 * the rule in words — never a stack trace or a 500.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

	static final String NOT_FOUND = "error/not-found";

	static final String BAD_REQUEST = "error/bad-request";

	static final String IMPORT_RESULT = "layout/import :: result";

	private final MessageSource messages;

	private final DataSize maxUpload;

	private final RuleMessages rules;

	PageErrors(MessageSource messages, @Value("${spring.servlet.multipart.max-request-size:50MB}") DataSize maxUpload,
			RuleMessages rules) {
		this.messages = messages;
		this.rules = rules;
		this.maxUpload = maxUpload;
	}

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return NOT_FOUND;
	}

	/**
	 * An upload beyond the limit, refused where the import form shows its result (htmx) or on the
	 * error page; 422 so htmx swaps it in like any refusal (issue 12).
	 */
	@ExceptionHandler({ MaxUploadSizeExceededException.class, InvalidParameterException.class })
	@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
	String uploadTooLarge(Exception ex, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			Locale locale) {
		if (ex instanceof InvalidParameterException && !UploadLimits.exceeded(ex)) {
			model.addAttribute("message", messages.getMessage("error.unreadableRequest", null, locale));
			return BAD_REQUEST;
		}
		if (htmx != null) {
			model.addAttribute("refusedUpload", maxUpload.toMegabytes());
			return IMPORT_RESULT;
		}
		model.addAttribute("message", messages.getMessage("import.refused.tooLarge", new Object[] { maxUpload.toMegabytes() },
				locale));
		return BAD_REQUEST;
	}

	@ExceptionHandler({ DomainRuleException.class, IllegalArgumentException.class })
	@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
	String badRequest(RuntimeException ex, Model model) {
		model.addAttribute("message", rules.of(ex));
		return BAD_REQUEST;
	}

	@ExceptionHandler({ CapabilityMissingException.class, AccessRefusedException.class })
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden(RuntimeException ex, Model model) {
		model.addAttribute("message", rules.of(ex));
		return BAD_REQUEST;
	}
}
