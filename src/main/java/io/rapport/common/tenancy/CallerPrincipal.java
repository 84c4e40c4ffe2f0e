package io.rapport.common.tenancy;

/** An authenticated principal that knows which {@link Caller} it stands for. */
public interface CallerPrincipal {

	Caller caller();
}
