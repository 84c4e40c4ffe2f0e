package io.rapport.common.text;

/**
 * What free text may hold. A control character (U+0000–U+001F, U+007F–U+009F) never belongs in
 * a name, a title or a subject: it hides text, breaks CSV exports and log lines, and fools
 * readers; the invisible direction marks that reorder what a reader sees (U+202A–U+202E,
 * U+2066–U+2069) are refused with them. Fields of several lines (comments, notes) take tab, line
 * feed and carriage return besides.
 */
public final class Texts {

	private Texts() {
	}

	/** Whether the text holds a character it may not; null holds none. */
	public static boolean hasControlCharacter(CharSequence text, boolean multiLine) {
		if (text == null) {
			return false;
		}
		return text.codePoints().anyMatch(c -> refused(c, multiLine));
	}

	/** The length PostgreSQL's {@code char_length} gives: code points, not UTF-16 units. */
	public static int length(CharSequence text) {
		return (int) text.codePoints().count();
	}

	/**
	 * Why the text may not be kept, in words for an import's rejected row; null when it may.
	 * @param what the field, as the reason names it ("the title")
	 */
	public static String refusal(String text, int max, boolean multiLine, String what) {
		if (text == null) {
			return null;
		}
		if (length(text) > max) {
			return what + " is longer than " + max + " characters";
		}
		if (hasControlCharacter(text, multiLine)) {
			return what + " holds a control character";
		}
		return null;
	}

	/**
	 * Text that comes from elsewhere and is kept as well as it can be (a calendar entry's summary):
	 * every refused character a space, and cut to {@code max} characters with an ellipsis.
	 */
	public static String clip(String text, int max) {
		int[] kept = text.codePoints().map(c -> refused(c, false) ? ' ' : c).toArray();
		if (kept.length <= max) {
			return new String(kept, 0, kept.length);
		}
		return new String(kept, 0, max - 1) + "…";
	}

	private static boolean refused(int c, boolean multiLine) {
		if (multiLine && (c == '\t' || c == '\n' || c == '\r')) {
			return false;
		}
		return Character.getType(c) == Character.CONTROL || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
	}
}
