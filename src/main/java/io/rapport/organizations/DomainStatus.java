package io.rapport.organizations;

/**
 * Who vouches for an organisation's e-mail domain: its own administrator ({@code VERIFIED}, routes
 * every vendor's calendar attendees) or only the vendor that typed it ({@code UNVERIFIED}, routes
 * that vendor's alone).
 */
public enum DomainStatus {
	VERIFIED, UNVERIFIED
}
