package io.rapport.voice;

import java.util.Locale;
import java.util.Optional;

/**
 * What partners rate a vendor on, 0–10, each with an optional importance 1–5: the columns' own
 * list of what matters to a reseller or an integrator. The key is the stable name in the API.
 */
public enum Criterion {

	COMMUNICATION_REGULARITY,
	EXECUTIVE_ACCESS,
	/** Sorting out a customer's problem by phone: what partners value most. */
	PHONE_SUPPORT,
	/** Understanding new products: enablement. */
	PRODUCT_ENABLEMENT,
	BONUSES_PROFITABILITY,
	/** Rewards for solutions and services, not only for boxes sold. */
	SOLUTION_SERVICE_REWARDS,
	CHANNEL_ACCOUNT_MANAGER,
	MARKETING_SUPPORT,
	/** Fair and clear rules for the vendor's direct sales. */
	DIRECT_SALES_RULES,
	HONESTY_ABOUT_MISTAKES,
	/** Listening to partners and sharing leads. */
	LISTENING_AND_LEADS;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Criterion> byKey(String key) {
		for (Criterion criterion : values()) {
			if (criterion.key().equals(key)) {
				return Optional.of(criterion);
			}
		}
		return Optional.empty();
	}
}
