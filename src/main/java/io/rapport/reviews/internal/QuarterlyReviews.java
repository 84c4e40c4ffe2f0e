package io.rapport.reviews.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import io.rapport.common.NotFoundException;
import io.rapport.common.Quarter;
import io.rapport.engagement.EngagementQueries;
import io.rapport.engagement.PartnershipEngagement;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.PartnershipView;
import io.rapport.organizations.VendorProgramme;
import io.rapport.organizations.VendorProgrammes;
import io.rapport.sales.SalesAnalytics;
import io.rapport.support.SupportCases;
import io.rapport.touchpoints.Touchpoints;

/**
 * Gathers a quarterly business review from the modules' published views, each scoped to the caller
 * (a partnership outside it answers 404 from the first look-up).
 */
@Service
public class QuarterlyReviews {

	/** The quarter's touchpoints and cases a page has room for; the rest are counted. */
	static final int ROWS = 12;

	private final PartnershipQueries partnerships;

	private final VendorProgrammes programmes;

	private final EngagementQueries engagement;

	private final Touchpoints touchpoints;

	private final SupportCases cases;

	private final SalesAnalytics sales;

	private final Clock clock;

	QuarterlyReviews(PartnershipQueries partnerships, VendorProgrammes programmes, EngagementQueries engagement,
			Touchpoints touchpoints, SupportCases cases, SalesAnalytics sales, Clock clock) {
		this.partnerships = partnerships;
		this.programmes = programmes;
		this.engagement = engagement;
		this.touchpoints = touchpoints;
		this.cases = cases;
		this.sales = sales;
		this.clock = clock;
	}

	/**
	 * @param quarter a fiscal quarter such as {@code 2026-Q3}, or {@code null} for the latest scored one
	 */
	public QuarterlyReview of(UUID partnershipId, String quarter) {
		PartnershipView partnership = partnerships.get(partnershipId);
		VendorProgramme programme = programmes.find(partnership.vendor().id())
			.orElseThrow(() -> new NotFoundException("partnership", partnershipId));
		PartnershipEngagement scored = engagement.ofPartnership(partnershipId, quarter);
		Quarter q = Quarter.parse(scored.quarter());
		LocalDate from = q.startIn(programme.calendar());
		LocalDate to = q.endIn(programme.calendar());
		List<PartnershipEngagement> trend = engagement.history(partnershipId).stream()
			.filter(h -> Quarter.parse(h.quarter()).compareTo(q) <= 0)
			.toList();
		return new QuarterlyReview(partnership, scored.quarter(), from, to, scored, trend,
				touchpoints.ofPartnership(partnershipId, from, to),
				cases.ofPartnership(partnershipId, from.atStartOfDay(programme.timeZone()).toInstant(),
						to.plusDays(1).atStartOfDay(programme.timeZone()).toInstant()),
				sales.partnershipByQuarter(partnershipId, q.yearBefore().next().toString(), q.toString()),
				LocalDate.now(clock.withZone(programme.timeZone())), programme.timeZone());
	}
}
