package io.rapport.touchpoints;

/**
 * What the touchpoints say about one partnership over a window of fiscal quarters.
 *
 * @param quarters the quarters of the window the partnership was in force
 * @param contactQuarters of those, the quarters with contact the vendor started or shared
 * @param longestGapDays the longest stretch without such contact, the window's edges included
 * @param directMeetings key-partner, executive and CAM meetings
 * @param executiveContacts touchpoints with the vendor's CEO or an executive present
 * @param productBriefings briefings on new products
 * @param conferenceInvitations partner conferences it was invited to (channel-wide ones included)
 * @param eventsAttended conferences and independent events it is recorded at
 * @param trainings trainings and webinars
 * @param certifications certifications earned
 * @param partnerInitiated contacts the partner started
 */
public record PartnershipContact(int quarters, int contactQuarters, long longestGapDays, long directMeetings,
		long executiveContacts, long productBriefings, long conferenceInvitations, long eventsAttended, long trainings,
		long certifications, long partnerInitiated) {

	/** Share of quarters with vendor contact at or above which communication counts as regular. */
	public static final double REGULAR_SHARE = 0.75;

	/** Longest gap, in days, that regular communication allows: a quarter and a month. */
	public static final long REGULAR_GAP_DAYS = 120;

	/**
	 * The column's word for it: regular when the vendor was in touch in at least three quarters out
	 * of four and never left the partner alone for more than {@value #REGULAR_GAP_DAYS} days.
	 */
	public Communication communication() {
		return quarters > 0 && contactShare() >= REGULAR_SHARE && longestGapDays <= REGULAR_GAP_DAYS ? Communication.REGULAR
				: Communication.SPORADIC;
	}

	public double contactShare() {
		return quarters == 0 ? 0 : (double) contactQuarters / quarters;
	}
}
