package io.rapport.voice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An open survey wave closes within {@link SurveyInvitations#REMIND_DAYS_BEFORE_CLOSING} days
 * (published every morning until it closes; listeners tell it once).
 *
 * @param runBy the vendor that runs the wave
 * @param yetToAnswer the partners that have not answered about a vendor; only the partner's own
 *        people are told, since who answered stays hidden from the vendor while the wave is open
 */
public record SurveyClosingSoon(UUID surveyId, String title, UUID runBy, LocalDate closesOn,
		List<SurveyOpened.Invitee> yetToAnswer) {

	public SurveyClosingSoon {
		yetToAnswer = List.copyOf(yetToAnswer);
	}
}
