package io.rapport.support;

import io.rapport.common.web.lists.SortKey;

/** The columns a list of support cases is ordered by. */
public enum CaseSort implements SortKey {

	OPENED("c.opened_at"),
	SEVERITY("case c.severity when 'CRITICAL' then 1 when 'HIGH' then 2 when 'NORMAL' then 3 else 4 end"),
	CHANNEL("c.channel"),
	PARTNER("(select lower(o.name) from organization o where o.id = c.partner_id)"),
	VENDOR("(select lower(o.name) from organization o where o.id = c.vendor_id)"),
	FIRST_RESPONSE("c.first_response_at - c.opened_at"),
	RESOLUTION("c.resolved_at - c.opened_at");

	private final String expression;

	CaseSort(String expression) {
		this.expression = expression;
	}

	String expression() {
		return expression;
	}
}
