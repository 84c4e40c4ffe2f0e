package io.rapport.organizations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;


/**
 * Finds the partnership an imported row belongs to (sales lines, touchpoints): by the partner's tax id, else by its exact
 * name (case-insensitive). The row goes to the partnership in force on its closing day, so the
 * history of a partnership that has since ended can still be imported; a sale after the end, or
 * for a partner never in the programme, is refused.
 */
public final class PartnerMatcher {

	private final Map<String, List<PartnershipEntry>> byTaxId = new HashMap<>();

	private final Map<String, List<PartnershipEntry>> byName = new HashMap<>();

	public PartnerMatcher(List<PartnershipEntry> register) {
		for (PartnershipEntry entry : register) {
			if (entry.partnerTaxId() != null) {
				byTaxId.computeIfAbsent(normaliseTaxId(entry.partnerTaxId()), k -> new ArrayList<>()).add(entry);
			}
			byName.computeIfAbsent(entry.partnerName().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(entry);
		}
	}

	/** The row's partnership on the given day, or why there is none; columns are named as in import files. */
	public Result match(String taxId, String name, LocalDate closedOn) {
		if (taxId != null) {
			List<PartnershipEntry> found = byTaxId.get(normaliseTaxId(taxId));
			if (found == null) {
				return Result.refused("partner_tax_id", "no partner with tax id " + taxId + " is in your programme");
			}
			return inForce(found, taxId, closedOn);
		}
		List<PartnershipEntry> found = byName.get(name.trim().toLowerCase(Locale.ROOT));
		if (found == null) {
			return Result.refused("partner", "no partner called \"" + name + "\" is in your programme; check the name or give partner_tax_id");
		}
		if (found.stream().map(PartnershipEntry::partnerId).distinct().count() > 1) {
			return Result.refused("partner", "several partners are called \"" + name + "\"; give partner_tax_id instead");
		}
		return inForce(found, name, closedOn);
	}

	private static Result inForce(List<PartnershipEntry> entries, String partner, LocalDate closedOn) {
		Optional<PartnershipEntry> covering = entries.stream()
			.filter(e -> closedOn != null && e.activeDuring(closedOn, closedOn))
			.findFirst();
		// A sale booked a little before the partnership's recorded start belongs to the active one.
		Optional<PartnershipEntry> chosen = covering.or(() -> entries.stream()
			.filter(e -> e.status() == PartnershipStatus.ACTIVE)
			.findFirst());
		return chosen.map(Result::found).orElseGet(() -> Result.refused("partner", entries.get(0).partnerName() + " ("
				+ partner + ") has no active partnership with you; it ended on " + entries.get(entries.size() - 1).endedOn()));
	}

	private static String normaliseTaxId(String taxId) {
		return taxId.replaceAll("[\\s-]", "").replaceFirst("(?i)^PL", "").toUpperCase(Locale.ROOT);
	}

	public record Result(PartnershipEntry partnership, String column, String problem) {

		static Result found(PartnershipEntry entry) {
			return new Result(entry, null, null);
		}

		static Result refused(String column, String problem) {
			return new Result(null, column, problem);
		}
	}
}
