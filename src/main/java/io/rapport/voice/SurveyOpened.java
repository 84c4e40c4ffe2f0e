package io.rapport.voice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A survey wave is open for answers (published on its first day, or when it is created open).
 *
 * @param runBy the vendor that runs the wave
 * @param invited each active partner of each of the wave's vendors, who may answer about that vendor
 */
public record SurveyOpened(UUID surveyId, String title, UUID runBy, LocalDate closesOn, List<Invitee> invited) {

	public SurveyOpened {
		invited = List.copyOf(invited);
	}

	/** A partner organisation asked about one vendor. */
	public record Invitee(UUID vendorId, String vendorName, UUID partnerId) {
	}
}
