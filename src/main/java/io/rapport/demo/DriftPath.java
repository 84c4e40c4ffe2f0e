package io.rapport.demo;

/** How a demo partner walks away from a vendor: the paths the early warning must notice. */
public enum DriftPath {
	/** Sells as ever, then not at all. */
	ABRUPT_STOP,
	/** Sells less and less over three quarters, then stops. */
	SLOW_FADE,
	/** Moves its business to another vendor over two quarters, keeping a trickle. */
	SHIFT_TO_ANOTHER_VENDOR
}
