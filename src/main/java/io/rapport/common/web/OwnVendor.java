package io.rapport.common.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller's {@code UUID} parameter as the caller's own vendor: resolved from the
 * signed-in person, and answered with 404 for anyone who works for no vendor. The one way a
 * controller learns "my vendor" (issue 13).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface OwnVendor {
}
