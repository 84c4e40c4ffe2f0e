package io.rapport.voice;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How voice keeps answers anonymous. Invitations come from, and link to, the addresses in
 * {@link io.rapport.common.mail.MailProperties}.
 *
 * @param minRespondents the fewest partner organisations any figure shown to a vendor or an analyst
 *        may rest on; never below 5, which is what makes honest answers possible
 */
@ConfigurationProperties("rapport.voice")
public record VoiceProperties(Integer minRespondents) {

	static final int FLOOR = 5;

	public VoiceProperties {
		minRespondents = minRespondents == null ? FLOOR : minRespondents;
		if (minRespondents < FLOOR) {
			throw new IllegalArgumentException("rapport.voice.min-respondents is " + minRespondents
					+ "; anonymity needs at least " + FLOOR + " partner organisations behind every figure");
		}
	}
}
