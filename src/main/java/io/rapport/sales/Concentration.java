package io.rapport.sales;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import io.rapport.common.Money;

/**
 * How concentrated a programme's revenue is — the 80/20 rule, measured over every partnership,
 * zeros included.
 * <ul>
 * <li>Gini = Σ(2i − n − 1)·x_i / (n·Σx), x sorted ascending, i = 1..n; 0 = all equal, (n−1)/n = one sells all;</li>
 * <li>top-20% share = revenue share of the top ⌈0.2·n⌉ partnerships;</li>
 * <li>HHI = Σ(100·share)², 0–10,000;</li>
 * <li>the Lorenz curve: cumulative share of partnerships (poorest first) against cumulative revenue share.</li>
 * </ul>
 * With no revenue at all nothing is concentrated: the indices are 0 and the curve is the line of equality.
 *
 * @param lorenz at most {@value #MAX_LORENZ_POINTS} + 1 points, exact points of the curve
 */
public record Concentration(int partnerships, Money revenue, double gini, double top20Share, double hhi,
		List<LorenzPoint> lorenz) {

	static final int MAX_LORENZ_POINTS = 200;

	private static final MathContext PRECISION = MathContext.DECIMAL64;

	public record LorenzPoint(double partnerShare, double revenueShare) {
	}

	/** Computes the indices over the given revenues, one per partnership, in any order, in one currency. */
	public static Concentration of(List<BigDecimal> revenues, String currency) {
		List<BigDecimal> sorted = new ArrayList<>(revenues);
		sorted.sort(null);
		int n = sorted.size();
		BigDecimal total = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		if (n == 0 || total.signum() == 0) {
			List<LorenzPoint> equality = n == 0 ? List.of() : List.of(new LorenzPoint(0, 0), new LorenzPoint(1, 1));
			return new Concentration(n, new Money(total, currency), 0, 0, 0, equality);
		}
		BigDecimal weighted = BigDecimal.ZERO;
		BigDecimal hhi = BigDecimal.ZERO;
		for (int i = 1; i <= n; i++) {
			BigDecimal x = sorted.get(i - 1);
			weighted = weighted.add(x.multiply(BigDecimal.valueOf(2L * i - n - 1)));
			BigDecimal share = x.multiply(BigDecimal.valueOf(100)).divide(total, PRECISION);
			hhi = hhi.add(share.multiply(share));
		}
		double gini = weighted.divide(total.multiply(BigDecimal.valueOf(n)), PRECISION).doubleValue();
		int top = (int) Math.ceil(0.2 * n);
		BigDecimal topRevenue = sorted.subList(n - top, n).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Concentration(n, new Money(total, currency), round(gini), round(topRevenue.divide(total, PRECISION).doubleValue()),
				round(hhi.doubleValue()), lorenz(sorted, total));
	}

	private static List<LorenzPoint> lorenz(List<BigDecimal> sorted, BigDecimal total) {
		int n = sorted.size();
		BigDecimal[] cumulative = new BigDecimal[n + 1];
		cumulative[0] = BigDecimal.ZERO;
		for (int i = 1; i <= n; i++) {
			cumulative[i] = cumulative[i - 1].add(sorted.get(i - 1));
		}
		int steps = Math.min(n, MAX_LORENZ_POINTS);
		List<LorenzPoint> points = new ArrayList<>(steps + 1);
		for (int k = 0; k <= steps; k++) {
			int i = (int) Math.round((double) k * n / steps);
			points.add(new LorenzPoint(round((double) i / n), round(cumulative[i].divide(total, PRECISION).doubleValue())));
		}
		return points;
	}

	private static double round(double value) {
		return Math.round(value * 1_000_000d) / 1_000_000d;
	}
}
