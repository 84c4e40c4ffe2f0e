package io.rapport.common.web;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The one way a page hands data to its scripts: JSON written by the application's mapper, safe to
 * place inside an HTML element's text. Templates ask for it with {@code rapport:json="${value}"} on
 * a {@code <script type="application/json">}; nothing else writes JSON into a page.
 *
 * <p>Design note: inside a {@code <script>} element the HTML parser ends the element at the first
 * {@code </script}, whatever the JSON means, and a browser's JavaScript parser once treated U+2028
 * and U+2029 as line ends. So {@code <}, {@code >}, {@code &}, U+2028 and U+2029 are always written
 * as six-character JSON escapes (a backslash, u and four hex digits), which every JSON parser reads back as the same characters. A
 * name an organisation chose therefore arrives in the script as text, never as markup.
 */
@Component
public final class PageData {

	private final ObjectWriter writer;

	public PageData(JsonMapper mapper) {
		this.writer = mapper.writer().with(new HtmlSafeEscapes());
	}

	/**
	 * Returns {@code value} as JSON in which none of {@code < > &}, U+2028 or U+2029 appears
	 * unescaped.
	 *
	 * @throws tools.jackson.core.JacksonException if the mapper cannot write the value
	 */
	public String json(Object value) {
		return writer.writeValueAsString(value);
	}

	private static final class HtmlSafeEscapes extends CharacterEscapes {

		private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");

		private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

		private final int[] ascii;

		HtmlSafeEscapes() {
			ascii = standardAsciiEscapesForJSON();
			ascii['<'] = ESCAPE_STANDARD;
			ascii['>'] = ESCAPE_STANDARD;
			ascii['&'] = ESCAPE_STANDARD;
		}

		@Override
		public int[] getEscapeCodesForAscii() {
			return ascii;
		}

		@Override
		public SerializableString getEscapeSequence(int ch) {
			return switch (ch) {
				case '\u2028' -> LINE_SEPARATOR;
				case '\u2029' -> PARAGRAPH_SEPARATOR;
				default -> null;
			};
		}
	}
}
