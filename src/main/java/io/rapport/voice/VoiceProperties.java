package io.rapport.voice;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How voice keeps answers anonymous and where invitations link to.
 *
 * @param minRespondents the fewest partner organisations any figure shown to a vendor or an analyst
 *        may rest on; never below 5, which is what makes honest answers possible
 * @param baseUrl the address partners open from an invitation
 * @param sender the address invitations come from
 */
@ConfigurationProperties("rapport.voice")
public record VoiceProperties(Integer minRespondents, String baseUrl, String sender) {

	static final int FLOOR = 5;

	public VoiceProperties {
		minRespondents = minRespondents == null ? FLOOR : minRespondents;
		if (minRespondents < FLOOR) {
			throw new IllegalArgumentException("rapport.voice.min-respondents is " + minRespondents
					+ "; anonymity needs at least " + FLOOR + " partner organisations behind every figure");
		}
		sender = sender == null || sender.isBlank() ? "rapport@localhost" : sender;
		baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
	}
}
