package io.rapport.touchpoints.web;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.rapport.organizations.PartnershipEntry;

/**
 * Finds partnerships in a vendor's register by what a person types: any part of the partner's
 * name, regardless of case and Polish diacritics ("poznan" finds "Poznań", "LODZ" finds "Łódź"),
 * or of its tax id. Runs over the register the vendor's page has already read, so it needs
 * nothing of the database's text search.
 */
final class PartnerSearch {

	static final int MOST = 10;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private PartnerSearch() {
	}

	/** Up to {@link #MOST} partnerships matching the text, in force ones first, then by name; none for blank text. */
	static List<PartnershipEntry> find(Collection<PartnershipEntry> register, String text, Set<UUID> leaveOut) {
		String wanted = folded(text);
		if (wanted.isEmpty()) {
			return List.of();
		}
		String digits = wanted.replaceAll("[^0-9]", "");
		return register.stream()
			.filter(e -> !leaveOut.contains(e.partnershipId()))
			.filter(e -> folded(e.partnerName()).contains(wanted)
					|| (digits.length() >= 3 && e.partnerTaxId() != null && e.partnerTaxId().contains(digits)))
			.sorted(Comparator.comparing((PartnershipEntry e) -> e.endedOn() != null)
				.thenComparing(e -> folded(e.partnerName())))
			.limit(MOST)
			.toList();
	}

	/** Lower case without diacritics; {@code ł}, which has no decomposition, becomes {@code l}. */
	static String folded(String text) {
		if (text == null) {
			return "";
		}
		String lower = text.strip().toLowerCase(Locale.ROOT).replace('ł', 'l');
		return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
	}
}
