package io.rapport.signals.model;

import java.util.List;

import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleValueChecker;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.hipparchus.special.Gamma;

/**
 * The BG/NBD model of Fader, Hardie and Lee (2005), "Counting Your Customers the Easy Way",
 * Marketing Science 24(2): the likelihood, its maximum-likelihood fit, P(alive) and the expected
 * number of transactions in a horizon.
 *
 * <p>Design notes. The likelihood is summed in log space, with log-gamma and a log-sum-exp of its
 * two terms, so a customer with thousands of transactions neither overflows nor underflows. The fit
 * runs Nelder–Mead (Hipparchus) on the logarithms of the parameters, which keeps them positive
 * without constraints, and restarts from the optimum until it no longer improves — a simplex can
 * stall on a ridge of this likelihood, and a restart is what gets it off.
 */
public final class BgNbd {

	/** The fewest customers a fit rests on: four parameters need more than a handful of people. */
	public static final int MIN_CUSTOMERS = 10;

	private static final int RESTARTS = 20;

	/** The largest |log| of a parameter the fit explores. */
	private static final double BOUND = 20;

	private BgNbd() {
	}

	/** The log-likelihood of the customers under the parameters (equation 6 of the paper, in logs). */
	public static double logLikelihood(BgNbdParameters p, List<Customer> customers) {
		return new Sample(customers).logLikelihood(p);
	}

	/** lnΓ(s + x) − lnΓ(s), exactly as a sum of logarithms where s dwarfs x, by log-gamma otherwise. */
	static double logGammaRatio(double s, int x) {
		if (x == 0) {
			return 0;
		}
		if (s < 1e4 * x) {
			return Gamma.logGamma(s + x) - Gamma.logGamma(s);
		}
		double sum = x * Math.log(s);
		for (int k = 1; k < x; k++) {
			sum += Math.log1p(k / s);
		}
		return sum;
	}

	/**
	 * The maximum-likelihood parameters.
	 * @throws IllegalArgumentException for fewer than {@value #MIN_CUSTOMERS} customers or an invalid summary
	 */
	public static Fit fit(List<Customer> customers) {
		if (customers.size() < MIN_CUSTOMERS) {
			throw new IllegalArgumentException("A fit needs at least " + MIN_CUSTOMERS + " customers, not " + customers.size());
		}
		for (int i = 0; i < customers.size(); i++) {
			String problem = customers.get(i).problem();
			if (problem != null) {
				throw new IllegalArgumentException("Customer " + (i + 1) + ": " + problem);
			}
		}
		Sample sample = new Sample(customers);
		ObjectiveFunction negative = new ObjectiveFunction(logs -> {
			// Beyond e^±20 a parameter says "no heterogeneity" as well as any larger number would.
			for (double log : logs) {
				if (Math.abs(log) > BOUND) {
					return Double.MAX_VALUE;
				}
			}
			BgNbdParameters p = new BgNbdParameters(Math.exp(logs[0]), Math.exp(logs[1]), Math.exp(logs[2]), Math.exp(logs[3]));
			double ll = sample.logLikelihood(p);
			return Double.isFinite(ll) ? -ll : Double.MAX_VALUE;
		});
		SimplexOptimizer optimizer = new SimplexOptimizer(new SimpleValueChecker(1e-12, 1e-12));
		double[] start = { 0, 0, 0, 0 };
		double best = Double.POSITIVE_INFINITY;
		boolean converged = false;
		for (int restart = 0; restart < RESTARTS; restart++) {
			PointValuePair optimum;
			try {
				optimum = optimizer.optimize(new MaxEval(20_000), negative, GoalType.MINIMIZE, new InitialGuess(start),
						new NelderMeadSimplex(4, 0.5));
			}
			catch (MathIllegalStateException ex) {
				break;
			}
			start = optimum.getPoint();
			if (best - optimum.getValue() < 1e-9) {
				converged = true;
				best = Math.min(best, optimum.getValue());
				break;
			}
			best = optimum.getValue();
		}
		BgNbdParameters p = new BgNbdParameters(Math.exp(start[0]), Math.exp(start[1]), Math.exp(start[2]), Math.exp(start[3]));
		return new Fit(p, -best, converged);
	}

	/** P(alive | x, tx, T): the chance the customer has not dropped out (equation 13). */
	public static double pAlive(BgNbdParameters p, Customer c) {
		if (c.x() == 0) {
			return 1;
		}
		return 1 / (1 + Math.exp(oddsOfDeathLog(p, c)));
	}

	/** E[Y(t) | x, tx, T]: the transactions expected in the next {@code t} units of time (equation 10). */
	public static double expectedTransactions(BgNbdParameters p, Customer c, double t) {
		if (t < 0) {
			throw new IllegalArgumentException("The horizon cannot be negative, not " + t);
		}
		int x = c.x();
		double z = t / (p.alpha() + c.T() + t);
		double hyper = Hypergeometric.f21(p.r() + x, p.b() + x, p.a() + p.b() + x - 1, z);
		double numerator = (p.a() + p.b() + x - 1) / (p.a() - 1)
				* (1 - Math.exp(-(p.r() + x) * Math.log1p(t / (p.alpha() + c.T()))) * hyper);
		double denominator = x == 0 ? 1 : 1 + Math.exp(oddsOfDeathLog(p, c));
		return numerator / denominator;
	}

	/** E[X(t)]: the transactions a new customer is expected to make in {@code t} units of time (equation 9). */
	public static double expectedForNewCustomer(BgNbdParameters p, double t) {
		double z = t / (p.alpha() + t);
		return (p.a() + p.b() - 1) / (p.a() - 1)
				* (1 - Math.pow(p.alpha() / (p.alpha() + t), p.r()) * Hypergeometric.f21(p.r(), p.b(), p.a() + p.b() - 1, z));
	}

	/** log of (a / (b + x − 1)) · ((α + T) / (α + tx))^(r + x), the odds that a customer with x > 0 has dropped out. */
	private static double oddsOfDeathLog(BgNbdParameters p, Customer c) {
		return Math.log(p.a()) - Math.log(p.b() + c.x() - 1)
				+ (p.r() + c.x()) * Math.log1p((c.T() - c.tx()) / (p.alpha() + c.tx()));
	}

	/**
	 * Customers laid out for the likelihood a fit evaluates hundreds of times: the log-gamma terms
	 * depend on x alone, so they are computed once per distinct x and evaluation rather than once per
	 * customer, and the customers are summed in fixed chunks on every core — the chunks' sums are
	 * added in order, so the result does not depend on the thread timing.
	 */
	static final class Sample {

		private static final int CHUNK = 8192;

		private final int[] x;

		private final double[] tx;

		private final double[] T;

		private final int[] distinctX;

		private final int maxX;

		Sample(List<Customer> customers) {
			int n = customers.size();
			x = new int[n];
			tx = new double[n];
			T = new double[n];
			java.util.BitSet seen = new java.util.BitSet();
			int most = 0;
			for (int i = 0; i < n; i++) {
				Customer c = customers.get(i);
				x[i] = c.x();
				tx[i] = c.tx();
				T[i] = c.T();
				seen.set(c.x());
				most = Math.max(most, c.x());
			}
			maxX = most;
			distinctX = seen.stream().toArray();
		}

		/**
		 * Arranged so that no two large numbers are subtracted: with homogeneous customers r and α
		 * grow without bound, and lnΓ(r + x) − lnΓ(r) or r·ln α − r·ln(α + T) taken apart would lose
		 * every digit.
		 */
		double logLikelihood(BgNbdParameters p) {
			double[] byX = new double[maxX + 1];
			double[] goneByX = new double[maxX + 1];
			for (int value : distinctX) {
				byX[value] = logGammaRatio(p.r(), value) + logGammaRatio(p.b(), value) - logGammaRatio(p.a() + p.b(), value);
				goneByX[value] = value == 0 ? 0 : Math.log(p.a()) - Math.log(p.b() + value - 1);
			}
			int chunks = (x.length + CHUNK - 1) / CHUNK;
			double[] sums = new double[chunks];
			java.util.stream.IntStream.range(0, chunks).parallel().forEach(chunk -> {
				double sum = 0;
				int end = Math.min(x.length, (chunk + 1) * CHUNK);
				for (int i = chunk * CHUNK; i < end; i++) {
					int xi = x[i];
					double alive = -p.r() * Math.log1p(T[i] / p.alpha()) - xi * Math.log(p.alpha() + T[i]);
					if (xi == 0) {
						sum += byX[0] + alive;
						continue;
					}
					double gone = goneByX[xi] - p.r() * Math.log1p(tx[i] / p.alpha()) - xi * Math.log(p.alpha() + tx[i]);
					double max = Math.max(alive, gone);
					sum += byX[xi] + max + Math.log(Math.exp(alive - max) + Math.exp(gone - max));
				}
				sums[chunk] = sum;
			});
			double total = 0;
			for (double sum : sums) {
				total += sum;
			}
			return total;
		}
	}

	/** @param converged whether a restart from the optimum no longer improved it */
	public record Fit(BgNbdParameters parameters, double logLikelihood, boolean converged) {
	}
}
