package io.rapport.organizations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.rapport.common.imports.RowError;
import io.rapport.common.text.IcuMessageSource;


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
				return Result.refused("partner_tax_id", "organizations.match.noTaxId", taxId);
			}
			return inForce(found, taxId, closedOn);
		}
		List<PartnershipEntry> found = byName.get(name.trim().toLowerCase(Locale.ROOT));
		if (found == null) {
			return Result.refused("partner", "organizations.match.noName", name);
		}
		if (found.stream().map(PartnershipEntry::partnerId).distinct().count() > 1) {
			return Result.refused("partner", "organizations.match.ambiguous", name);
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
		return chosen.map(Result::found).orElseGet(() -> Result.refused("partner", "organizations.match.ended",
				entries.get(0).partnerName(), partner, entries.get(entries.size() - 1).endedOn()));
	}

	private static String normaliseTaxId(String taxId) {
		return taxId.replaceAll("[\\s-]", "").replaceFirst("(?i)^PL", "").toUpperCase(Locale.ROOT);
	}

	/**
	 * @param code why no partnership was found, as a message code with its {@code arguments}; null when one was
	 */
	public record Result(PartnershipEntry partnership, String column, String code, List<Object> arguments) {

		static Result found(PartnershipEntry entry) {
			return new Result(entry, null, null, List.of());
		}

		static Result refused(String column, String code, Object... arguments) {
			return new Result(null, column, code, List.of(arguments));
		}

		/** Why no partnership was found, in English. */
		public String problem() {
			return code == null ? null : IcuMessageSource.english(code, arguments.toArray());
		}

		/** The rejection of an import's row this refusal makes. */
		public RowError rowError(long line) {
			return RowError.of(line, column, code, arguments.toArray());
		}
	}
}
