package io.rapport.organizations;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A partnership as the API and the pages show it. */
public record PartnershipView(UUID id, VendorRef vendor, PartnerRef partner, String tier, int tierRank,
		LocalDate since, PartnershipStatus status, LocalDate endedOn, Person channelManager, Person executiveSponsor) {

	public record VendorRef(UUID id, String name) {
	}

	public record PartnerRef(UUID id, String name, String taxId, String city, List<String> domains) {
	}
}
