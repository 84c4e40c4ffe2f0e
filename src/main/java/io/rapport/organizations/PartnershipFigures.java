package io.rapport.organizations;

import java.util.Map;
import java.util.UUID;

import io.rapport.common.Money;

/**
 * The measures a partnership list shows beside each partnership (PEI, VEI, trailing revenue).
 * Defined here and implemented by the engagement module, so the partnership list can show them
 * without organisations reading another module's tables.
 */
public interface PartnershipFigures {

	/**
	 * The vendor's partnerships' figures in its current fiscal quarter, by partnership id; a
	 * partnership without figures is absent. Only for the vendor's own people.
	 */
	Map<UUID, Figures> ofVendor(UUID vendorId);

	/** @param trailingRevenue over the trailing four quarters, in the reporting currency */
	record Figures(double pei, double vei, Money trailingRevenue) {
	}
}
