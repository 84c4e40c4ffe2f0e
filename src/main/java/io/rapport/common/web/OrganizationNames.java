package io.rapport.common.web;

import java.util.UUID;

/** Tells the layout the name of the signed-in user's organisation; the organisations module answers. */
public interface OrganizationNames {

	String nameOf(UUID organizationId);
}
