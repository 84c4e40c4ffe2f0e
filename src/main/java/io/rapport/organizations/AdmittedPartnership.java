package io.rapport.organizations;

/**
 * A partnership just started, and whether its partner was already registered: a vendor that gave
 * the partner's details then sees the registered ones, not its own (issue 12).
 *
 * @param partnerAlreadyRegistered whether the partner existed before (by id or by tax id); its
 *        name, city and domains in {@code partnership} are then the registered ones
 */
public record AdmittedPartnership(PartnershipView partnership, boolean partnerAlreadyRegistered) {
}
