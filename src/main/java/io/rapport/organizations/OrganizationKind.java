package io.rapport.organizations;

public enum OrganizationKind {
	VENDOR, PARTNER, DISTRIBUTOR, MEDIA
}
