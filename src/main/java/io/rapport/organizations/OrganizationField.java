package io.rapport.organizations;

/** A registered detail of an organisation that its administrator changes and the history records. */
public enum OrganizationField {
	NAME, CITY, DOMAINS, UNVERIFIED_DOMAINS
}
