package io.rapport.touchpoints;

/** How a touchpoint came in. */
public enum TouchpointSource {
	MANUAL, CSV, CALENDAR, API
}
