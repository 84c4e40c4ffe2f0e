package io.rapport.notifications;

/** What a notice is about; a person chooses a {@link Delivery} per kind. */
public enum NoticeKind {

	/** An alert about a partnership at risk raised for its owner, or its severity rose. */
	ALERT,

	/** A support case went past its first-response or resolution target. */
	OVERDUE_CASE,

	/** A survey wave opened, or closes soon without the partner's answer. */
	SURVEY_WAVE,

	/** An import the person started was taken in or rejected. */
	IMPORT
}
