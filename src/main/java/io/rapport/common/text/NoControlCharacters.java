package io.rapport.common.text;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The text holds no control character ({@link Texts#hasControlCharacter}); null is valid. Put it
 * beside a {@code @Size} whose maximum comes from {@link TextLimits}.
 */
@Documented
@Constraint(validatedBy = NoControlCharactersValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
		ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface NoControlCharacters {

	/** Whether tab, line feed and carriage return are allowed: comments and notes. */
	boolean multiLine() default false;

	String message() default "{rapport.validation.noControlCharacters}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};
}
