package io.rapport.support;

/**
 * Which support cases a list shows; a null field does not narrow it.
 *
 * @param status open or resolved cases only
 * @param overdue only open cases past their first-response or resolution target
 */
public record CaseFilter(Status status, boolean overdue, Channel channel, Severity severity) {

	public enum Status {
		OPEN, RESOLVED
	}
}
