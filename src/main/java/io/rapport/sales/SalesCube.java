package io.rapport.sales;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.rapport.common.Quarter;

/**
 * One vendor's quarterly aggregates held in memory: revenue (in minor units of the reporting
 * currency, so sums stay exact) and deals per partnership, fiscal quarter and category.
 *
 * <p>Design note: the KPI, concentration and by-partnership views all sum a range of whole
 * quarters per partnership. Summing a few thousand small arrays takes well under a millisecond,
 * where asking PostgreSQL to group the same rows per request cost tens of milliseconds and, under
 * concurrent requests, the whole budget. The cube is immutable; a new one replaces it when the
 * vendor's sales change (see {@link SalesCubes}).
 */
final class SalesCube {

	private static final int CATEGORIES = SalesCategory.values().length;

	private final Map<UUID, Integer> index;

	private final int firstQuarter;

	private final int quarters;

	/** [partnership][quarter][category], flattened. */
	private final long[] cents;

	private final long[] deals;

	private SalesCube(Map<UUID, Integer> index, int firstQuarter, int quarters, long[] cents, long[] deals) {
		this.index = index;
		this.firstQuarter = firstQuarter;
		this.quarters = quarters;
		this.cents = cents;
		this.deals = deals;
	}

	/** Each partnership's totals over the quarters from {@code first} to {@code last}, inclusive; absent when it sold nothing. */
	Map<UUID, SalesTotals> totals(Quarter first, Quarter last) {
		int from = Math.max(ordinal(first) - firstQuarter, 0);
		int to = Math.min(ordinal(last) - firstQuarter, quarters - 1);
		Map<UUID, SalesTotals> result = new HashMap<>(index.size() * 2);
		if (from > to) {
			return result;
		}
		index.forEach((partnership, p) -> {
			SalesTotals totals = null;
			for (int q = from; q <= to; q++) {
				int base = (p * quarters + q) * CATEGORIES;
				for (int c = 0; c < CATEGORIES; c++) {
					if (deals[base + c] != 0 || cents[base + c] != 0) {
						if (totals == null) {
							totals = new SalesTotals();
						}
						totals.add(c, cents[base + c], deals[base + c]);
					}
				}
			}
			if (totals != null) {
				result.put(partnership, totals);
			}
		});
		return result;
	}

	private static int ordinal(Quarter quarter) {
		return quarter.fiscalYear() * 4 + quarter.number() - 1;
	}

	/** Collects aggregate rows, in any order, into a cube. */
	static final class Builder {

		private final Map<UUID, Integer> index = new HashMap<>();

		private final Map<Long, long[]> cells = new HashMap<>();

		private int min = Integer.MAX_VALUE;

		private int max = Integer.MIN_VALUE;

		void add(UUID partnership, Quarter quarter, SalesCategory category, long cents, long deals) {
			int p = index.computeIfAbsent(partnership, k -> index.size());
			int q = ordinal(quarter);
			min = Math.min(min, q);
			max = Math.max(max, q);
			long key = ((long) p << 32) | ((long) q << 2) | category.ordinal();
			long[] cell = cells.computeIfAbsent(key, k -> new long[2]);
			cell[0] += cents;
			cell[1] += deals;
		}

		SalesCube build() {
			int quarters = cells.isEmpty() ? 0 : max - min + 1;
			long[] cents = new long[index.size() * quarters * CATEGORIES];
			long[] deals = new long[cents.length];
			cells.forEach((key, cell) -> {
				int p = (int) (key >>> 32);
				int q = (int) ((key & 0xFFFFFFFFL) >>> 2) - min;
				int c = (int) (key & 3);
				int at = (p * quarters + q) * CATEGORIES + c;
				cents[at] = cell[0];
				deals[at] = cell[1];
			});
			return new SalesCube(Map.copyOf(index), cells.isEmpty() ? 0 : min, quarters, cents, deals);
		}
	}
}
