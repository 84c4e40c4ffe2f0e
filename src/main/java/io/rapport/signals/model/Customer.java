package io.rapport.signals.model;

/**
 * One customer's repeat-transaction summary, in the paper's notation.
 *
 * @param x repeat transactions in the calibration period (the first one does not count)
 * @param tx when the last of them happened, measured from the first transaction
 * @param T the length of the observation, from the first transaction to the end of the calibration period
 */
public record Customer(int x, double tx, double T) {

	/** @return why this is no valid summary, or null when it is */
	public String problem() {
		if (x < 0 || tx < 0 || T < 0 || Double.isNaN(tx) || Double.isNaN(T)) {
			return "x, tx and T cannot be negative";
		}
		if (tx > T) {
			return "tx (" + tx + ") cannot exceed T (" + T + ")";
		}
		if (x == 0 && tx > 0) {
			return "without repeat transactions (x = 0) tx must be 0, not " + tx;
		}
		return null;
	}
}
