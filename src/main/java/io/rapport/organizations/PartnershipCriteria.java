package io.rapport.organizations;

import java.util.Locale;

/**
 * What a partnership list is filtered, sorted and paged by.
 *
 * @param tier tier name, case-insensitive; null for all
 * @param status null for all
 * @param query part of the partner's or vendor's name, the partner's tax id or a domain
 * @param sort one of {@code partner, vendor, tier, since, status}, optionally {@code ,asc|,desc}
 */
public record PartnershipCriteria(String tier, PartnershipStatus status, String query, int page, int size, String sort) {

	public static final int MAX_PAGE_SIZE = 200;

	public PartnershipCriteria {
		if (page < 0) {
			throw new IllegalArgumentException("Page numbers start at 0, not " + page);
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("Page size must be between 1 and " + MAX_PAGE_SIZE + ", not " + size);
		}
		sort = sort == null || sort.isBlank() ? "partner,asc" : sort.trim().toLowerCase(Locale.ROOT);
		String[] parts = sort.split(",");
		if (!SortKey.isKnown(parts[0]) || parts.length > 2
				|| (parts.length == 2 && !parts[1].equals("asc") && !parts[1].equals("desc"))) {
			throw new IllegalArgumentException("Cannot sort by '" + sort + "'; use one of partner, vendor, tier, since, status"
					+ " with an optional ,asc or ,desc");
		}
		tier = tier == null || tier.isBlank() ? null : tier.trim();
		query = query == null || query.isBlank() ? null : query.trim();
	}

	public String sortKey() {
		return sort.split(",")[0];
	}

	public boolean descending() {
		return sort.endsWith(",desc");
	}

	enum SortKey {
		PARTNER, VENDOR, TIER, SINCE, STATUS;

		static boolean isKnown(String key) {
			for (SortKey k : values()) {
				if (k.name().equalsIgnoreCase(key)) {
					return true;
				}
			}
			return false;
		}
	}
}
