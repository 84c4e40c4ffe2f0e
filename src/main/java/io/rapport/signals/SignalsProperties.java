package io.rapport.signals;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How eager the early warning is.
 *
 * @param significance the level a fall in selling or in a partner's share must reach to count as a
 *        sign, at most 0.25. The default, 0.2, is loose for one test, but a sign alone raises no
 *        alert: it needs company. The backtest (bench/results/backtest-*) chose it: at 0.2 the alerts
 *        catch more drifting partners than the no-sale-for-90-days rule, earlier, and are right as
 *        often or more; 0.01 gives fewer, surer, later alerts.
 */
@ConfigurationProperties("rapport.signals")
public record SignalsProperties(Double significance) {

	/** The level the backtest chose. */
	public static final double DEFAULT_SIGNIFICANCE = 0.2;

	public SignalsProperties {
		significance = significance == null ? DEFAULT_SIGNIFICANCE : significance;
		if (!(significance > 0 && significance <= 0.25)) {
			throw new IllegalArgumentException("rapport.signals.significance is " + significance + "; it must be above 0 and at most 0.25");
		}
	}
}
