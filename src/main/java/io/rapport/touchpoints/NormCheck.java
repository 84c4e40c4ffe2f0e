package io.rapport.touchpoints;

import io.rapport.common.Quarter;

/**
 * A cadence norm checked for one fiscal quarter.
 *
 * @param target the count the vendor holds itself to per period
 * @param actual what happened: a count; for monthly norms the fewest in any month of the quarter;
 *     for per-partnership norms the number of partnerships that met the target
 * @param of for per-partnership norms, how many partnerships the norm applied to; otherwise null
 */
public record NormCheck(Norm norm, Norm.Period period, Quarter quarter, int target, long actual, Long of,
		boolean met) {
}
