package io.rapport.engagement.web;

import java.math.BigDecimal;

import io.rapport.common.Money;
import io.rapport.engagement.PartnershipEngagement;
import io.rapport.organizations.Person;

/**
 * One row of the engagement list: a partnership's engagement with its quadrant, trailing revenue
 * and channel account manager.
 *
 * @param cam null when none is assigned
 */
record EngagementLine(PartnershipEngagement engagement, int tierRank, String quadrant, Money revenue, Person cam) {

	String partnerName() {
		return engagement.partnerName();
	}

	double pei() {
		return engagement.pei().score();
	}

	double vei() {
		return engagement.vei().score();
	}

	double engagementScore() {
		return engagement.engagementScore();
	}

	String communication() {
		return engagement.communication();
	}

	BigDecimal revenueAmount() {
		return revenue == null ? BigDecimal.ZERO : revenue.amount();
	}

	String camName() {
		return cam == null ? null : cam.name();
	}
}
