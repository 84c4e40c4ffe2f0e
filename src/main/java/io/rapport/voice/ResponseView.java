package io.rapport.voice;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A partner organisation's own answer, as only that organisation sees it.
 *
 * @param doNotQuote the comment counts but is never shown verbatim
 */
public record ResponseView(UUID surveyId, UUID vendorId, String vendorName, int nps, Map<String, Integer> ratings,
		Map<String, Integer> importance, String comment, boolean signed, Instant answeredAt, Instant correctedAt,
		boolean doNotQuote) {
}
