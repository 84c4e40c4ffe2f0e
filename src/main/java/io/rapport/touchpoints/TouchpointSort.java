package io.rapport.touchpoints;

import io.rapport.common.web.lists.SortKey;

/** The columns a list of touchpoints is ordered by. */
public enum TouchpointSort implements SortKey {

	OCCURRED("t.occurred_at"),
	TYPE("t.type_code"),
	TITLE("lower(t.title)"),
	/** The whole channel reaches furthest; otherwise the number of partnerships reached. */
	REACH("case when t.channel_wide then 2147483647 else (select count(*) from touchpoint_partnership l "
			+ "where l.touchpoint_id = t.id) end");

	private final String expression;

	TouchpointSort(String expression) {
		this.expression = expression;
	}

	String expression() {
		return expression;
	}
}
