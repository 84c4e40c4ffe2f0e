package io.rapport.signals;

import org.springframework.boot.context.properties.ConfigurationProperties;

import io.rapport.signals.detect.Detectors;

/**
 * How eager the early warning is.
 *
 * @param significance the level a fall in selling or in a partner's share must reach to count as a
 *        sign: 0.01 by default, up to 0.25 for a programme that prefers more, earlier and less sure
 *        alerts (see bench/results for what each level catches and how often it is wrong)
 */
@ConfigurationProperties("rapport.signals")
public record SignalsProperties(Double significance) {

	public SignalsProperties {
		significance = significance == null ? Detectors.SIGN_LEVEL : significance;
		if (!(significance > 0 && significance <= 0.25)) {
			throw new IllegalArgumentException("rapport.signals.significance is " + significance + "; it must be above 0 and at most 0.25");
		}
	}
}
