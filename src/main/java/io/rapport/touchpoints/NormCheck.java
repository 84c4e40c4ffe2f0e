package io.rapport.touchpoints;

import io.rapport.common.Quarter;

/**
 * A cadence norm checked for one fiscal quarter.
 *
 * @param target the count the vendor holds itself to per period
 * @param actual what happened: a count; for monthly norms the fewest in any month of the quarter;
 *     for per-partnership norms the number of partnerships that met the target
 * @param of for per-partnership norms, how many partnerships the norm applied to; otherwise null
 * @param met whether the norm is met already
 * @param standing where the norm stands: met or missed once the quarter is over, on track or
 *     behind while it runs
 */
public record NormCheck(Norm norm, Norm.Period period, Quarter quarter, int target, long actual, Long of,
		boolean met, Standing standing) {

	/**
	 * Where a norm stands. While its quarter runs a norm not met yet is not missed: it is on track
	 * when what happened keeps pace with the days gone by (the target pro rata of the elapsed
	 * days of its period), behind when it does not.
	 */
	public enum Standing {
		MET, ON_TRACK, BEHIND, MISSED
	}
}
