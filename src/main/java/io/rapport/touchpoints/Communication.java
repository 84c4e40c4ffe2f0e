package io.rapport.touchpoints;

/** How a vendor communicates with a partner: the first column's "regular" against "sporadic". */
public enum Communication {
	REGULAR, SPORADIC
}
