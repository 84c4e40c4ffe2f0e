package io.rapport.support;

/**
 * How badly the customer is hit, with the default targets a vendor starts from: minutes to a first
 * response and to a resolution.
 */
public enum Severity {

	CRITICAL(60, 8 * 60), HIGH(4 * 60, 24 * 60), NORMAL(8 * 60, 72 * 60), LOW(24 * 60, 120 * 60);

	private final int firstResponseMinutes;

	private final int resolutionMinutes;

	Severity(int firstResponseMinutes, int resolutionMinutes) {
		this.firstResponseMinutes = firstResponseMinutes;
		this.resolutionMinutes = resolutionMinutes;
	}

	public SupportTarget defaultTarget() {
		return new SupportTarget(this, firstResponseMinutes, resolutionMinutes);
	}
}
