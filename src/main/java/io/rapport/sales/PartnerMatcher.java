package io.rapport.sales;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.rapport.organizations.PartnershipEntry;
import io.rapport.organizations.PartnershipStatus;

/**
 * Finds the partnership an imported row belongs to: by the partner's tax id, else by its exact
 * name (case-insensitive). Only an active partnership with the importing vendor takes sales.
 */
final class PartnerMatcher {

	private final Map<String, List<PartnershipEntry>> byTaxId = new HashMap<>();

	private final Map<String, List<PartnershipEntry>> byName = new HashMap<>();

	PartnerMatcher(List<PartnershipEntry> register) {
		for (PartnershipEntry entry : register) {
			if (entry.partnerTaxId() != null) {
				byTaxId.computeIfAbsent(normaliseTaxId(entry.partnerTaxId()), k -> new ArrayList<>()).add(entry);
			}
			byName.computeIfAbsent(entry.partnerName().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(entry);
		}
	}

	/** The active partnership for the row's partner, or why there is none. */
	Result match(String taxId, String name) {
		if (taxId != null) {
			List<PartnershipEntry> found = byTaxId.get(normaliseTaxId(taxId));
			if (found == null) {
				return Result.refused("partner_tax_id", "no partner with tax id " + taxId + " is in your programme");
			}
			return active(found, taxId);
		}
		List<PartnershipEntry> found = byName.get(name.trim().toLowerCase(Locale.ROOT));
		if (found == null) {
			return Result.refused("partner", "no partner called \"" + name + "\" is in your programme; check the name or give partner_tax_id");
		}
		if (found.stream().map(PartnershipEntry::partnerId).distinct().count() > 1) {
			return Result.refused("partner", "several partners are called \"" + name + "\"; give partner_tax_id instead");
		}
		return active(found, name);
	}

	private static Result active(List<PartnershipEntry> entries, String partner) {
		Optional<PartnershipEntry> active = entries.stream().filter(e -> e.status() == PartnershipStatus.ACTIVE).findFirst();
		return active.map(Result::found).orElseGet(() -> Result.refused("partner",
				entries.get(0).partnerName() + " (" + partner + ") has no active partnership with you"));
	}

	private static String normaliseTaxId(String taxId) {
		return taxId.replaceAll("[\\s-]", "").replaceFirst("(?i)^PL", "").toUpperCase(Locale.ROOT);
	}

	record Result(PartnershipEntry partnership, String column, String problem) {

		static Result found(PartnershipEntry entry) {
			return new Result(entry, null, null);
		}

		static Result refused(String column, String problem) {
			return new Result(null, column, problem);
		}
	}
}
