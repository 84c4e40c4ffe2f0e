package io.rapport.identity;

/** Whether a token still signs its user in. */
public enum TokenStatus {
	ACTIVE, EXPIRED, REVOKED
}
