package io.rapport.engagement;

/**
 * A cadence norm checked for a quarter, as the channel-wide view shows it.
 *
 * @param standing where it stands; null in quarters stored before standings were kept
 */
public record CadenceResult(String norm, int target, long actual, Long of, boolean met, Standing standing) {

	/**
	 * Met or missed once the quarter is over; while it runs, a norm not met yet is on track when it
	 * keeps pace with the days gone by, behind when it does not.
	 */
	public enum Standing {
		MET, ON_TRACK, BEHIND, MISSED
	}

	/** The standing to show: the one checked, or for an older quarter met or missed. */
	public Standing shown() {
		return standing != null ? standing : met ? Standing.MET : Standing.MISSED;
	}
}
