package io.rapport.demo.internal;

import java.util.Set;
import java.util.SplittableRandom;

import io.rapport.common.TaxId;

/** The random draws every demo step shares, so the story and the bulk scales tell the same story. */
final class Draws {

	/** Shares of a vendor's partnerships per tier, lowest first: a pyramid. */
	static final double[] TIER_PYRAMID = { 0.50, 0.28, 0.16, 0.06 };

	private Draws() {
	}

	/** An index drawn with the given probabilities (they sum to one). */
	static int weighted(double[] shares, SplittableRandom random) {
		double roll = random.nextDouble();
		double sum = 0;
		for (int i = 0; i < shares.length; i++) {
			sum += shares[i];
			if (roll < sum) {
				return i;
			}
		}
		return shares.length - 1;
	}

	/** A tier rank, 1 the lowest, drawn from the pyramid. */
	static int tierRank(SplittableRandom random) {
		return weighted(TIER_PYRAMID, random) + 1;
	}

	static boolean isTopTier(int rank) {
		return rank == TIER_PYRAMID.length;
	}

	/** A heavy-tailed business size: lognormal, loosely tied to tier, with exceptions both ways. */
	static double size(int tierRank, SplittableRandom random) {
		return Math.exp(random.nextGaussian() * 1.6 + 0.45 * (tierRank - 1));
	}

	/** A valid NIP not yet taken: a tax office prefix, six digits and the check digit. */
	static String nip(SplittableRandom random, Set<String> taken) {
		while (true) {
			String nip = TaxId.completeNip(String.format("%03d%06d", 101 + random.nextInt(898), random.nextInt(1_000_000)));
			if (nip != null && taken.add(nip)) {
				return nip;
			}
		}
	}

	/** A Poisson draw by Knuth's method, exact and fast for the means drawn here (below a hundred). */
	static int poisson(double mean, SplittableRandom random) {
		double limit = Math.exp(-mean);
		double product = random.nextDouble();
		int count = 0;
		while (product > limit) {
			product *= random.nextDouble();
			count++;
		}
		return count;
	}
}
