package io.rapport.common.tenancy;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A SQL predicate with its named parameters that narrows a query to the caller's scope. */
public record ScopeFilter(String sql, Map<String, Object> parameters) {

	/** The scope of a caller who may see no row of the kind asked for. */
	public static final ScopeFilter NOTHING = new ScopeFilter("false", Map.of());

	/** Binds this filter's parameters to a statement that already contains {@link #sql()}. */
	public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
		return statement.params(parameters);
	}
}
