package io.rapport.signals;

/**
 * The signs that a partner is quietly walking away, each with how much it weighs in an alert: a
 * strong sign alone raises one, weaker ones need company. The CAM's silence is the vendor's side of
 * the story: it never raises an alert alone but makes one more urgent.
 */
public enum SignalKind {
	/** The retention model gives the partner less than even odds of still selling. */
	RETENTION(2),
	/** The last quarter's selling days fell significantly below the partner's own pace. */
	SALES_DROP(2),
	/** A falling share of the partner's selling, across the vendors on Rapport, goes to this vendor. */
	ACTIVITY_SHARE(2),
	/** The partner stopped coming to trainings, webinars and events. */
	EVENTS_STOPPED(1),
	/** The partner's certifications run out and none was renewed. */
	CERTIFICATIONS_LAPSING(1),
	/** The partner's signed survey answers fell. */
	SURVEY_FALLING(1),
	/** Nobody from the vendor met the partner for months. */
	CAM_CONTACT_LAPSED(1);

	private final int weight;

	SignalKind(int weight) {
		this.weight = weight;
	}

	public int weight() {
		return weight;
	}

	/** Whether the sign is about the partner's behaviour rather than the vendor's. */
	public boolean partnerSide() {
		return this != CAM_CONTACT_LAPSED;
	}
}
