package io.rapport.common.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import io.rapport.common.DomainRuleException;
import io.rapport.common.NotFoundException;

/**
 * Pages answer a missing or out-of-scope record with a friendly 404 page and a broken rule with
 * the rule in words — never a stack trace or a 500.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

	static final String NOT_FOUND = "error/not-found";

	static final String BAD_REQUEST = "error/bad-request";

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return NOT_FOUND;
	}

	@ExceptionHandler({ DomainRuleException.class, IllegalArgumentException.class })
	@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
	String badRequest(RuntimeException ex, Model model) {
		model.addAttribute("message", ex.getMessage());
		return BAD_REQUEST;
	}
}
