package io.rapport.organizations;

public enum PartnershipStatus {
	ACTIVE, ENDED
}
