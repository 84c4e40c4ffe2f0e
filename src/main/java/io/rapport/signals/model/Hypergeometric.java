package io.rapport.signals.model;

/**
 * The Gauss hypergeometric function ₂F₁(a, b; c; z) by its power series, for the arguments
 * BG/NBD needs: 0 ≤ z < 1 and c > 0. Terms are added until they no longer change the sum.
 */
public final class Hypergeometric {

	/** Far more than the slowest argument BG/NBD gives (z near 1 with a long horizon) needs to converge. */
	static final int MAX_TERMS = 100_000;

	private Hypergeometric() {
	}

	/**
	 * @throws IllegalArgumentException outside 0 ≤ z < 1 or for c ≤ 0, or when the series does not converge
	 */
	public static double f21(double a, double b, double c, double z) {
		if (!(z >= 0 && z < 1)) {
			throw new IllegalArgumentException("2F1 is summed here for 0 <= z < 1, not z = " + z);
		}
		if (!(c > 0)) {
			throw new IllegalArgumentException("2F1 needs c > 0, not c = " + c);
		}
		double term = 1;
		double sum = 1;
		for (int k = 0; k < MAX_TERMS; k++) {
			term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
			double next = sum + term;
			if (next == sum) {
				return sum;
			}
			sum = next;
		}
		throw new IllegalArgumentException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge");
	}
}
