package io.rapport.support;

/** How a partner reached the vendor with a customer's problem. */
public enum Channel {
	PHONE, EMAIL, PORTAL, CHAT
}
