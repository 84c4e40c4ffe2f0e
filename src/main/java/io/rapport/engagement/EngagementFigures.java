package io.rapport.engagement;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.rapport.common.Money;
import io.rapport.organizations.PartnershipFigures;
import io.rapport.organizations.VendorProgrammes;

/** Gives the partnership list each partnership's PEI, VEI and trailing revenue from the quarter's snapshots. */
@Component
class EngagementFigures implements PartnershipFigures {

	private final EngagementQueries queries;

	private final VendorProgrammes programmes;

	EngagementFigures(EngagementQueries queries, VendorProgrammes programmes) {
		this.queries = queries;
		this.programmes = programmes;
	}

	@Override
	public Map<UUID, Figures> ofVendor(UUID vendorId) {
		String currency = programmes.visible(vendorId).reportingCurrency();
		Map<UUID, Figures> figures = new HashMap<>();
		for (PartnershipEngagement row : queries.ofVendor(vendorId, null, "pei")) {
			String revenue = row.facts().get("revenue");
			figures.put(row.partnershipId(), new Figures(row.pei().score(), row.vei().score(),
					revenue == null ? null : new Money(new BigDecimal(revenue), currency)));
		}
		return figures;
	}
}
