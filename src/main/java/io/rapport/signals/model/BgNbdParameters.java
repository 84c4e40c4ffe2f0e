package io.rapport.signals.model;

/**
 * BG/NBD's four parameters: transaction rates are gamma(r, α) across customers, dropout
 * probabilities beta(a, b).
 */
public record BgNbdParameters(double r, double alpha, double a, double b) {

	public BgNbdParameters {
		if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) {
			throw new IllegalArgumentException("r, alpha, a and b must all be positive");
		}
	}
}
