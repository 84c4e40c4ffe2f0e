package io.rapport.engagement.web;

import java.util.Comparator;

import io.rapport.common.web.lists.SortKey;

/**
 * The orders of the engagement list. Its rows come parsed from the snapshot cache (the quadrant is
 * drawn from them in memory, never stored), so each key orders by a comparator.
 */
enum EngagementSort implements SortKey {

	PARTNER(Comparator.comparing(EngagementLine::partnerName, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))),
	TIER(Comparator.comparingInt(EngagementLine::tierRank)),
	PEI(Comparator.comparingDouble(EngagementLine::pei)),
	VEI(Comparator.comparingDouble(EngagementLine::vei)),
	ENGAGEMENT(Comparator.comparingDouble(EngagementLine::engagementScore)),
	REVENUE(Comparator.comparing(EngagementLine::revenueAmount)),
	QUADRANT(Comparator.comparing(EngagementLine::quadrant, Comparator.nullsLast(Comparator.naturalOrder()))),
	COMMUNICATION(Comparator.comparing(EngagementLine::communication, Comparator.nullsLast(Comparator.naturalOrder()))),
	CAM(Comparator.comparing(EngagementLine::camName, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)));

	private final Comparator<EngagementLine> order;

	EngagementSort(Comparator<EngagementLine> order) {
		this.order = order;
	}

	/** This key's order in the direction asked, ties by partner name and then id so pages never overlap. */
	Comparator<EngagementLine> comparator(boolean ascending) {
		Comparator<EngagementLine> base = ascending ? order : order.reversed();
		return base.thenComparing(EngagementLine::partnerName, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
			.thenComparing(line -> line.engagement().partnershipId());
	}
}
