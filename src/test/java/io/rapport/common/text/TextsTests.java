package io.rapport.common.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12: what free text may hold, and how long it is. */
class TextsTests {

	@Test
	void refusesControlCharactersAndDirectionMarksInOneLine() {
		assertThat(Texts.hasControlCharacter("Acme sp. z o.o.", false)).isFalse();
		assertThat(Texts.hasControlCharacter("Zażółć gęślą jaźń — „cudzysłów”", false)).isFalse();
		assertThat(Texts.hasControlCharacter("Acme\u0007", false)).isTrue();
		assertThat(Texts.hasControlCharacter("Acme\nLtd", false)).isTrue();
		assertThat(Texts.hasControlCharacter("Acme\u0085", false)).isTrue();
		assertThat(Texts.hasControlCharacter("Acme\u202Egpj.exe", false)).isTrue();
		assertThat(Texts.hasControlCharacter(null, false)).isFalse();
	}

	@Test
	void letsSeveralLinesHoldTabsAndLineBreaksOnly() {
		assertThat(Texts.hasControlCharacter("First line\r\n\tsecond line", true)).isFalse();
		assertThat(Texts.hasControlCharacter("First line\u0000", true)).isTrue();
		assertThat(Texts.hasControlCharacter("Bell\u0007", true)).isTrue();
	}

	@Test
	void countsCharactersAsTheDatabaseDoes() {
		assertThat(Texts.length("😀😀")).isEqualTo(2);
		assertThat(Texts.refusal("😀".repeat(300), 300, false, "the title")).isNull();
		assertThat(Texts.refusal("a".repeat(301), 300, false, "the title")).isEqualTo("the title is longer than 300 characters");
		assertThat(Texts.refusal("a\u0001", 300, false, "the title")).isEqualTo("the title holds a control character");
	}

	@Test
	void clipsTextFromElsewhereToFitWithoutSplittingACharacter() {
		assertThat(Texts.clip("Line one\nline two", 300)).isEqualTo("Line one line two");
		String clipped = Texts.clip("😀".repeat(400), 300);
		assertThat(Texts.length(clipped)).isEqualTo(300);
		assertThat(clipped).endsWith("😀…");
	}
}
