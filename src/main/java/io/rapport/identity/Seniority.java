package io.rapport.identity;

/** How senior a vendor person is; touchpoints record the most senior person present. */
public enum Seniority {
	STAFF, MANAGER, EXECUTIVE, CEO
}
