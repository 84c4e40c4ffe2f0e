package io.rapport.signals;

/** An alert's life: raised open, acknowledged by its owner, then resolved or dismissed with a reason. */
public enum AlertStatus {
	OPEN, ACKNOWLEDGED, RESOLVED, DISMISSED;

	/** Still asking for someone's attention. */
	public boolean live() {
		return this == OPEN || this == ACKNOWLEDGED;
	}
}
