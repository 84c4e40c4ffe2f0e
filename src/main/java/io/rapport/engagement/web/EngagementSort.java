package io.rapport.engagement.web;

import java.util.Comparator;

import io.rapport.common.web.lists.SortKey;

/**
 * The orders of the engagement list. Its rows come parsed from the snapshot cache (the quadrant is
 * drawn from them in memory, never stored), so each key orders by a comparator; the expression
 * names the snapshot value it stands for.
 */
enum EngagementSort implements SortKey {

	PARTNER("partner_name", Comparator.comparing(EngagementLine::partnerName, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))),
	TIER("tier_rank", Comparator.comparingInt(EngagementLine::tierRank)),
	PEI("pei_score", Comparator.comparingDouble(EngagementLine::pei)),
	VEI("vei_score", Comparator.comparingDouble(EngagementLine::vei)),
	ENGAGEMENT("engagement_score", Comparator.comparingDouble(EngagementLine::engagementScore)),
	REVENUE("revenue", Comparator.comparing(EngagementLine::revenueAmount)),
	QUADRANT("quadrant", Comparator.comparing(EngagementLine::quadrant, Comparator.nullsLast(Comparator.naturalOrder()))),
	COMMUNICATION("communication", Comparator.comparing(EngagementLine::communication, Comparator.nullsLast(Comparator.naturalOrder()))),
	CAM("cam_name", Comparator.comparing(EngagementLine::camName, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)));

	private final String expression;

	private final Comparator<EngagementLine> order;

	EngagementSort(String expression, Comparator<EngagementLine> order) {
		this.expression = expression;
		this.order = order;
	}

	@Override
	public String expression() {
		return expression;
	}

	/** This key's order in the direction asked, ties by partner name and then id so pages never overlap. */
	Comparator<EngagementLine> comparator(boolean ascending) {
		Comparator<EngagementLine> base = ascending ? order : order.reversed();
		return base.thenComparing(EngagementLine::partnerName, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
			.thenComparing(line -> line.engagement().partnershipId());
	}
}
