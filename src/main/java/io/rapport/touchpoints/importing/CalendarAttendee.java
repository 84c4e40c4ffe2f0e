package io.rapport.touchpoints.importing;

/**
 * Someone invited to a calendar entry.
 *
 * @param email lower case, without {@code mailto:}
 * @param participation ACCEPTED, DECLINED, TENTATIVE, NEEDS-ACTION or DELEGATED; NEEDS-ACTION when unsaid
 */
public record CalendarAttendee(String email, String participation) {

	public boolean declined() {
		return "DECLINED".equals(participation);
	}
}
