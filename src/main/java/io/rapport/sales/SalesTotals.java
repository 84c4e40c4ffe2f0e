package io.rapport.sales;

import java.math.BigDecimal;

/** Revenue (in minor units of the reporting currency) and deals per category: exact and cheap to add up. */
final class SalesTotals {

	private final long[] cents = new long[SalesCategory.values().length];

	private final long[] deals = new long[SalesCategory.values().length];

	void add(int category, long cents, long deals) {
		this.cents[category] += cents;
		this.deals[category] += deals;
	}

	void add(SalesTotals other) {
		for (int c = 0; c < cents.length; c++) {
			add(c, other.cents[c], other.deals[c]);
		}
	}

	BigDecimal revenue() {
		return BigDecimal.valueOf(cents(), 2);
	}

	/** The revenue in minor units, for ordering without building decimals. */
	long cents() {
		long sum = 0;
		for (long c : cents) {
			sum = Math.addExact(sum, c);
		}
		return sum;
	}

	BigDecimal revenue(SalesCategory category) {
		return BigDecimal.valueOf(cents[category.ordinal()], 2);
	}

	long deals() {
		long sum = 0;
		for (long d : deals) {
			sum += d;
		}
		return sum;
	}

	long deals(SalesCategory category) {
		return deals[category.ordinal()];
	}

	/** An amount from the database, numeric with two decimals, in minor units. */
	static long cents(BigDecimal amount) {
		return amount.movePointRight(2).longValueExact();
	}
}
