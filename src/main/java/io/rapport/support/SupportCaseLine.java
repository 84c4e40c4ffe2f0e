package io.rapport.support;

/**
 * A case as a list shows it.
 *
 * @param overdue whether the case is open past its first-response or resolution target
 */
public record SupportCaseLine(SupportCaseView c, boolean overdue) {
}
