package io.rapport.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Values a request's constraints refuse, each with its field: answered with 422 like any broken
 * rule (pages show the message on the form), and on the API with the fields listed.
 */
public class InvalidInputException extends DomainRuleException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(problems.stream().map(p -> p.label() + ": " + p.message()).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/**
	 * @param field the field's name as the request spells it
	 * @param label the field's name in the reader's language
	 */
	public record FieldProblem(String field, String label, String message) {
	}
}
