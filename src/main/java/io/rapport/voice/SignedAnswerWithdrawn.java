package io.rapport.voice;

import java.util.UUID;

/**
 * A partner took its name off its answer about a vendor (issue 12): whatever was read from the
 * answer while it was signed — the early warning's evidence — must go, in the same transaction.
 *
 * @param surveyTitle the wave's title, as the evidence names it
 */
public record SignedAnswerWithdrawn(UUID surveyId, String surveyTitle, UUID vendorId, UUID partnerId) {
}
