package io.rapport.organizations;

import io.rapport.common.web.lists.SortKey;

/**
 * The orders of a partnership list. PEI, VEI, trailing revenue and the CAM's name are not in
 * this module's tables: the list reads the matching ids in partner order (the expression) and
 * orders them by what {@link PartnershipFigures} and {@link ChannelPeople} say.
 */
public enum PartnershipSort implements SortKey {

	PARTNER("p.partner_sort_name", false),
	VENDOR("lower(v.name)", false),
	TIER("t.rank", false),
	SINCE("p.since", false),
	STATUS("p.status", false),
	CAM("p.partner_sort_name", true),
	PEI("p.partner_sort_name", true),
	VEI("p.partner_sort_name", true),
	REVENUE("p.partner_sort_name", true);

	private final String expression;

	private final boolean outside;

	PartnershipSort(String expression, boolean outside) {
		this.expression = expression;
		this.outside = outside;
	}

	@Override
	public String expression() {
		return expression;
	}

	/** Whether the order comes from outside this module's tables and is applied in memory. */
	public boolean outside() {
		return outside;
	}
}
