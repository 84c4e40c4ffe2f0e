package io.rapport.common.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import io.rapport.common.DomainRuleException;
import io.rapport.common.InvalidInputException;
import io.rapport.common.tenancy.CapabilityMissingException;
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

	private final DataSize maxUpload;

	private final RuleMessages rules;

	ProblemDetails(@Value("${spring.servlet.multipart.max-request-size:50MB}") DataSize maxUpload, RuleMessages rules) {
		this.maxUpload = maxUpload;
		this.rules = rules;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", rules.of(ex));
	}

	@ExceptionHandler(ReportedProblem.class)
	ProblemDetail reported(ReportedProblem ex) {
		ProblemDetail problem = problem(HttpStatus.valueOf(ex.status()), ex.title(), rules.of(ex));
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
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Request breaks a rule", rules.of(ex));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail invalid(IllegalArgumentException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid request", rules.of(ex));
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

	/**
	 * A value the database refused although the checks before it let it through: still the
	 * caller's input, so a 422 that says which kind of value, never a 500 (issue 12).
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail refusedByDatabase(DataIntegrityViolationException ex) {
		String reason = StoredValueLimits.reason(ex);
		if (reason == null) {
			return unexpected(ex);
		}
		log.warn("The database refused a value that passed validation: {}", ex.getMostSpecificCause().getMessage());
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Value out of range", reason);
	}

	/**
	 * The container could not read the request's parameters: most often an upload beyond the limit,
	 * found by whatever first asked for a parameter (the locale switch does, before any controller).
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<Object> unreadableParameters(InvalidParameterException ex, WebRequest request) {
		if (UploadLimits.exceeded(ex)) {
			return handleMaxUploadSizeExceededException(new MaxUploadSizeExceededException(maxUpload.toBytes(), ex),
					new HttpHeaders(), HttpStatus.CONTENT_TOO_LARGE, request);
		}
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(HttpStatus.BAD_REQUEST, "Invalid request", "The request's parameters cannot be read"));
	}

	@ExceptionHandler(CapabilityMissingException.class)
	ProblemDetail capabilityMissing(CapabilityMissingException ex) {
		return problem(HttpStatus.FORBIDDEN, "Forbidden", rules.of(ex));
	}

	@ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
	ProblemDetail forbidden(org.springframework.security.access.AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "Forbidden", rules.of(ex));
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

	// Malformed JSON, a wrong type, a value outside an enum: say which field and what it takes (issue 12).
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		UnreadableBodies.Reason reason = UnreadableBodies.reason(ex);
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", reason.message());
		if (reason.field() != null) {
			problem.setProperty("errors", List.of(Map.of("field", reason.field(), "message", reason.message())));
		}
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(HttpStatus.CONTENT_TOO_LARGE, "File too large", "The upload is larger than the limit of "
					+ maxUpload.toMegabytes() + " MB; split the file or ask your administrator to raise the limit"));
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
