package io.rapport.notifications;

/** How a person wants one kind of notice; every notice is in the inbox whatever they chose. */
public enum Delivery {

	/** The inbox only. */
	INBOX,

	/** The inbox, and an e-mail as it happens (when a mail server is configured). */
	EMAIL,

	/** The inbox, and one e-mail a week listing the week's notices (when a mail server is configured). */
	DIGEST
}
