package io.rapport.common.text;

/**
 * The longest text each kind of free-text field keeps, in characters (code points counted as
 * PostgreSQL's {@code char_length} counts them). The same numbers stand in the request records'
 * {@code @Size}, the imports' checks and the database's check constraints (migration V77), so a
 * value is refused with its field named long before the database would refuse it.
 */
public final class TextLimits {

	/** An organisation's name, a vendor's or a partner's. */
	public static final int ORGANIZATION_NAME = 200;

	/** A city. */
	public static final int CITY = 100;

	/** A tier's name in a vendor's programme. */
	public static final int TIER_NAME = 60;

	/** A person's name. */
	public static final int PERSON_NAME = 120;

	/** An e-mail address (RFC 5321's longest path). */
	public static final int EMAIL = 254;

	/** An API token's name. */
	public static final int TOKEN_NAME = 100;

	/** A touchpoint's title or a support case's subject: one line. */
	public static final int TITLE = 300;

	/** A survey wave's title. */
	public static final int SURVEY_TITLE = 200;

	/** A partner's comment in a survey answer: several lines. */
	public static final int COMMENT = 4000;

	/** What a person writes on an alert: a note or a reason, several lines. */
	public static final int NOTE = 2000;

	/** A sales line's description, several words on one line. */
	public static final int DESCRIPTION = 500;

	/** A reference to a record elsewhere: a sales line's or a case's external id, a deal reference. */
	public static final int REFERENCE = 100;

	/** A touchpoint's external id: calendar UIDs run long. */
	public static final int EXTERNAL_ID = 300;

	/** An internet domain name. */
	public static final int DOMAIN = 253;

	/** A touchpoint type's code or a calendar keyword. */
	public static final int CODE = 60;

	/** A touchpoint type's name. */
	public static final int TYPE_NAME = 120;

	/** A file name as uploaded. */
	public static final int FILE_NAME = 255;

	private TextLimits() {
	}
}
