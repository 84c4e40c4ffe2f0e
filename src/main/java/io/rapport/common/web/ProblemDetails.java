package io.rapport.common.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import io.rapport.common.DomainRuleException;
import io.rapport.common.InvalidInputException;
import io.rapport.common.NotFoundException;
import io.rapport.common.ReportedProblem;

/**
 * Maps every failure of the REST API to {@code application/problem+json} whose {@code detail} a
 * person understands. Only {@code /api} controllers are advised; pages have their own error view.
 */
// Ahead of the page advice, which also applies to REST controllers (they are @Controllers too).
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ProblemDetails extends ResponseEntityExceptionHandler {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProblemDetails.class);

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler(ReportedProblem.class)
	ProblemDetail reported(ReportedProblem ex) {
		ProblemDetail problem = problem(HttpStatus.valueOf(ex.status()), ex.title(), ex.getMessage());
		ex.properties().forEach(problem::setProperty);
		return problem;
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalidInput(InvalidInputException ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request",
				ex.problems().stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
		problem.setProperty("errors", ex.problems().stream()
			.map(p -> Map.of("field", p.field(), "message", p.message())).toList());
		return problem;
	}

	@ExceptionHandler(DomainRuleException.class)
	ProblemDetail ruleBroken(DomainRuleException ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Request breaks a rule", ex.getMessage());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail invalid(IllegalArgumentException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid request", ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		String expected = ex.getRequiredType() == null ? "another value" : ex.getRequiredType().getSimpleName();
		return problem(HttpStatus.BAD_REQUEST, "Invalid request",
				"Parameter '" + ex.getName() + "' has value '" + ex.getValue() + "', which is not a valid " + expected);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolated(ConstraintViolationException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "Some values are not valid");
		problem.setProperty("errors", ex.getConstraintViolations().stream()
			.map(v -> Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage()))
			.toList());
		return problem;
	}

	@ExceptionHandler(DuplicateKeyException.class)
	ProblemDetail duplicate(DuplicateKeyException ex) {
		return problem(HttpStatus.CONFLICT, "Already exists", "A record with the same identity already exists");
	}

	@ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
	ProblemDetail forbidden(org.springframework.security.access.AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "Forbidden", ex.getMessage());
	}

	// Whatever else goes wrong is our fault: log it whole, tell the caller plainly, reveal nothing.
	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected failure", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"Something went wrong on our side; the error has been logged. Please try again or contact your administrator.");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, Object>> errors = ex.getBindingResult().getFieldErrors().stream()
			.map(ProblemDetails::fieldError)
			.toList();
		// The body was read but its values break the record's constraints: a 422 naming each field (issue 12).
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request", errors.isEmpty()
				? "The request is not valid"
				: errors.stream().map(e -> e.get("field") + ": " + e.get("message")).collect(Collectors.joining("; ")));
		problem.setProperty("errors", errors);
		return ResponseEntity.unprocessableContent().body(problem);
	}

	private static Map<String, Object> fieldError(FieldError error) {
		return Map.of("field", error.getField(), "message",
				error.getDefaultMessage() == null ? "is not valid" : error.getDefaultMessage());
	}

	static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("about:blank"));
		return problem;
	}
}
