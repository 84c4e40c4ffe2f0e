package io.rapport.reviews.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.rapport.engagement.PartnershipEngagement;
import io.rapport.organizations.PartnershipView;
import io.rapport.sales.QuarterSales;
import io.rapport.support.SupportCaseView;
import io.rapport.touchpoints.TouchpointView;

/** What one quarterly business review shows: a partnership's quarter and the two years before it. */
public record QuarterlyReview(PartnershipView partnership, String quarter, LocalDate from, LocalDate to,
		PartnershipEngagement engagement, List<PartnershipEngagement> trend, List<TouchpointView> touchpoints,
		List<SupportCaseView> cases, List<QuarterSales> sales, LocalDate preparedOn, ZoneId zone) {
}
