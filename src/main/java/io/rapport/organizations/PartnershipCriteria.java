package io.rapport.organizations;

import java.util.Locale;

import io.rapport.common.ValueRefusedException;
import io.rapport.common.web.lists.Sorting;

/**
 * What a partnership list is filtered, sorted and paged by.
 *
 * @param tier tier name, case-insensitive; null for all
 * @param status null for all
 * @param query part of the partner's or vendor's name or city (case and Polish diacritics ignored),
 *     the partner's tax id or a domain
 * @param channelManager the CAM's user id, {@link #NO_CAM} for partnerships without one; null for all
 * @param sort a {@link PartnershipSort} key, optionally {@code ,asc|,desc}
 */
public record PartnershipCriteria(String tier, PartnershipStatus status, String query, String channelManager, int page,
		int size, String sort) {

	public static final int MAX_PAGE_SIZE = 200;

	/** The CAM filter's value for partnerships without a channel account manager. */
	public static final String NO_CAM = "none";

	public PartnershipCriteria {
		if (page < 0) {
			throw new ValueRefusedException("list.page.negative", page);
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new ValueRefusedException("list.size.range", MAX_PAGE_SIZE, size);
		}
		sort = sort == null || sort.isBlank() ? "partner,asc" : sort.trim().toLowerCase(Locale.ROOT);
		// Pages fall back to the default order before they get here; the API is told the keys it may use.
		Sorting.strict(sort, PartnershipSort.class, PartnershipSort.PARTNER, true);
		tier = tier == null || tier.isBlank() ? null : tier.trim();
		query = query == null || query.isBlank() ? null : query.trim();
		channelManager = channelManager == null || channelManager.isBlank() ? null
				: channelManager.trim().toLowerCase(Locale.ROOT);
	}

	/** Criteria without a CAM filter, as lists before issue 13 asked. */
	public PartnershipCriteria(String tier, PartnershipStatus status, String query, int page, int size, String sort) {
		this(tier, status, query, null, page, size, sort);
	}

	public Sorting<PartnershipSort> sorting() {
		return Sorting.lenient(sort, PartnershipSort.class, PartnershipSort.PARTNER, /* defaultAscending= */ true);
	}
}
