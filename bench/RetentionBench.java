import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.rapport.signals.model.BgNbd;
import io.rapport.signals.model.BgNbdParameters;
import io.rapport.signals.model.Customer;

/**
 * Fits BG/NBD on 100,000 partnerships drawn from the model itself (the paper's CDNOW parameters,
 * two years of weekly history) and scores every one: P(alive) and the next quarter's expected
 * transactions. Baseline in the same run: one evaluation of the log-likelihood over all of them,
 * the unit of work a fit repeats. Prints both times, their ratio and how close the fit came to the
 * parameters the data were drawn from.
 */
public class RetentionBench {

	public static void main(String[] args) {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		BgNbdParameters truth = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);
		List<Customer> customers = draw(truth, n, 104, new SplittableRandom(20261125));
		for (int warm = 0; warm < 3; warm++) {
			BgNbd.logLikelihood(truth, customers);
		}
		long t0 = System.nanoTime();
		double ll = BgNbd.logLikelihood(truth, customers);
		long oneEvaluation = System.nanoTime() - t0;
		long t1 = System.nanoTime();
		BgNbd.Fit fit = BgNbd.fit(customers);
		double sum = 0;
		for (Customer c : customers) {
			sum += BgNbd.pAlive(fit.parameters(), c) + BgNbd.expectedTransactions(fit.parameters(), c, 13);
		}
		long fitAndScore = System.nanoTime() - t1;
		System.out.printf("customers=%d one-likelihood-ms=%.1f fit-and-score-ms=%.1f ratio=%.0f converged=%s "
				+ "r=%.3f alpha=%.3f a=%.3f b=%.3f ll=%.1f ll-at-truth=%.1f checksum=%.3f%n", n, oneEvaluation / 1e6,
				fitAndScore / 1e6, (double) fitAndScore / oneEvaluation, fit.converged(), fit.parameters().r(),
				fit.parameters().alpha(), fit.parameters().a(), fit.parameters().b(), fit.logLikelihood(), ll, sum);
	}

	/** The model's own story: a gamma-distributed rate, a beta-distributed dropout chance after each purchase. */
	static List<Customer> draw(BgNbdParameters p, int n, double weeks, SplittableRandom random) {
		org.hipparchus.random.RandomGenerator rng = new org.hipparchus.random.Well19937c(random.nextLong());
		org.hipparchus.distribution.continuous.GammaDistribution rates =
				new org.hipparchus.distribution.continuous.GammaDistribution(p.r(), 1 / p.alpha());
		org.hipparchus.distribution.continuous.BetaDistribution dropouts =
				new org.hipparchus.distribution.continuous.BetaDistribution(p.a(), p.b());
		List<Customer> customers = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			double lambda = rates.inverseCumulativeProbability(rng.nextDouble());
			double dropout = dropouts.inverseCumulativeProbability(rng.nextDouble());
			double T = weeks * (0.2 + 0.8 * rng.nextDouble());
			double time = 0;
			double last = 0;
			int x = 0;
			while (true) {
				time += -Math.log(1 - rng.nextDouble()) / lambda;
				if (time > T) {
					break;
				}
				x++;
				last = time;
				if (rng.nextDouble() < dropout) {
					break;
				}
			}
			customers.add(new Customer(x, x == 0 ? 0 : last, T));
		}
		return customers;
	}
}
