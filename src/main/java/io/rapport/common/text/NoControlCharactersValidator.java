package io.rapport.common.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NoControlCharacters}. */
public final class NoControlCharactersValidator implements ConstraintValidator<NoControlCharacters, CharSequence> {

	private boolean multiLine;

	@Override
	public void initialize(NoControlCharacters constraint) {
		multiLine = constraint.multiLine();
	}

	@Override
	public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
		return !Texts.hasControlCharacter(value, multiLine);
	}
}
