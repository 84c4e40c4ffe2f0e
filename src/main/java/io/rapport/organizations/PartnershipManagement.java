package io.rapport.organizations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.DomainRuleException;
import io.rapport.common.NotFoundException;
import io.rapport.common.tenancy.Capability;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;

/**
 * Changes to a vendor's partnerships, made by its channel chief. Each change is published as an
 * event for the modules that react to it.
 */
@Service
@Transactional
public class PartnershipManagement {

	private final Partnerships partnerships;

	private final OrganizationRecords organizations;

	private final VendorProgrammes programmes;

	private final PartnershipQueries queries;

	private final ChannelPeople people;

	private final OrganizationDirectory directory;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	PartnershipManagement(Partnerships partnerships, OrganizationRecords organizations, VendorProgrammes programmes,
			PartnershipQueries queries, ChannelPeople people, OrganizationDirectory directory,
			ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.partnerships = partnerships;
		this.organizations = organizations;
		this.programmes = programmes;
		this.queries = queries;
		this.people = people;
		this.directory = directory;
		this.events = events;
	}

	/**
	 * Takes a partner into the caller's programme.
	 * @throws DomainRuleException when the pair already has an active partnership, the tier is
	 *     unknown or a named person does not work for the vendor
	 */
	public PartnershipView start(NewPartnership request) {
		return admit(request).partnership();
	}

	/**
	 * Takes a partner into the caller's programme and says whether the partner was already
	 * registered. Details given for a registered partner change nothing of it (issue 12): its name,
	 * city and domains are its administrator's.
	 * @throws DomainRuleException as {@link #start} does
	 */
	public AdmittedPartnership admit(NewPartnership request) {
		// A partner named by id must be in the caller's scope before anything else is said about it.
		UUID knownPartner = request.partnerId() == null ? null : directory.get(request.partnerId()).id();
		UUID vendorId = chief().organizationId();
		Optional<UUID> registered = knownPartner != null ? Optional.of(knownPartner) : registeredPartner(request.partner());
		UUID partnerId = registered.orElseGet(() -> directory.registerClaimedBy(request.partner(), vendorId).id());
		Organization partner = organizations.findById(partnerId).orElseThrow(() -> new NotFoundException("organisation", partnerId));
		if (partner.kind() != OrganizationKind.PARTNER) {
			throw DomainRuleException.rule("organizations.rule.notAPartner", partner.name());
		}
		requireStaff(request.channelManagerId(), vendorId);
		requireStaff(request.executiveSponsorId(), vendorId);
		Partnership partnership = Partnership.start(vendorId, partner.id(), tierId(vendorId, request.tier()),
				request.since(), request.channelManagerId(), request.executiveSponsorId());
		try {
			partnerships.save(partnership);
		}
		catch (DuplicateKeyException ex) {
			throw DomainRuleException.rule("organizations.rule.alreadyPartner", partner.name());
		}
		events.publishEvent(new PartnershipStarted(partnership.id(), vendorId, partner.id(), partnership.tierId(),
				partnership.since()));
		return new AdmittedPartnership(queries.get(partnership.id()), registered.isPresent());
	}

	/** Moves a partnership to another of the vendor's tiers, without a reason. */
	public PartnershipView changeTier(UUID partnershipId, String tier) {
		return changeTier(partnershipId, tier, null);
	}

	/**
	 * Moves a partnership to another of the vendor's tiers and keeps the change, with its reason, in
	 * the partnership's tier history.
	 * @param reason why, in the chief's words; may be null for callers that give none
	 * @throws DomainRuleException when the partnership has ended, is in that tier already or the tier is unknown
	 */
	public PartnershipView changeTier(UUID partnershipId, String tier, String reason) {
		Partnership partnership = ownPartnership(partnershipId);
		UUID previous = partnership.changeTier(tierId(partnership.vendorId(), tier));
		partnerships.save(partnership);
		jdbc.sql("""
				insert into partnership_tier_change (vendor_id, id, partnership_id, from_tier_id, to_tier_id, reason, changed_at,
				                                     changed_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(partnership.vendorId(), UUID.randomUUID(), partnershipId, previous, partnership.tierId(),
					reason == null || reason.isBlank() ? null : reason.strip(), Timestamp.from(clock.instant()),
					CurrentCaller.get().userId())
			.update();
		events.publishEvent(new PartnershipTierChanged(partnershipId, partnership.vendorId(), previous, partnership.tierId()));
		return queries.get(partnershipId);
	}

	/** Names the channel account manager who looks after a partnership. */
	public PartnershipView assignChannelManager(UUID partnershipId, UUID userId) {
		Partnership partnership = ownPartnership(partnershipId);
		requireStaff(userId, partnership.vendorId());
		UUID previous = partnership.assignChannelManager(userId);
		partnerships.save(partnership);
		events.publishEvent(new ChannelManagerAssigned(partnershipId, partnership.vendorId(), previous, userId));
		return queries.get(partnershipId);
	}

	/**
	 * Names one channel account manager for several partnerships at once: all of them or, when one
	 * cannot take it (ended, not the caller's), none.
	 * @throws DomainRuleException when one of them has ended or the person does not work for the vendor
	 * @throws NotFoundException when one of them is not the caller's
	 */
	public List<PartnershipView> assignChannelManager(List<UUID> partnershipIds, UUID userId) {
		return partnershipIds.stream().distinct().map(id -> assignChannelManager(id, userId)).toList();
	}

	/** Ends a partnership on a day; it stays in the history. */
	public PartnershipView end(UUID partnershipId, LocalDate on) {
		Partnership partnership = ownPartnership(partnershipId);
		partnership.end(on);
		partnerships.save(partnership);
		events.publishEvent(new PartnershipEnded(partnershipId, partnership.vendorId(), partnership.partnerId(), on));
		return queries.get(partnershipId);
	}

	/**
	 * A partner described by its details is found by tax id (company registers are public, so this
	 * reveals nothing the caller did not type); when none is registered the caller registers it,
	 * its domains the caller's unverified claim.
	 */
	private Optional<UUID> registeredPartner(NewOrganization details) {
		if (details.kind() != OrganizationKind.PARTNER) {
			throw DomainRuleException.rule("organizations.rule.onlyPartnersJoin", DomainRuleException.term("kind." + details.kind().name()));
		}
		return directory.findByTaxId(details.country(), details.taxId());
	}

	// Scope first, role second: an id outside the caller's scope answers 404 whatever the role.
	private Partnership ownPartnership(UUID id) {
		queries.get(id);
		Caller caller = chief();
		return partnerships.findById(id)
			.filter(p -> p.vendorId().equals(caller.organizationId()))
			.orElseThrow(() -> new NotFoundException("partnership", id));
	}

	private static Caller chief() {
		Caller caller = CurrentCaller.get();
		caller.require(Capability.RUN_PROGRAMME);
		return caller;
	}

	private UUID tierId(UUID vendorId, String tierName) {
		return programmes.find(vendorId).orElseThrow(() -> new NotFoundException("vendor", vendorId)).tiers().stream()
			.filter(t -> t.name().equalsIgnoreCase(tierName == null ? "" : tierName.trim()))
			.findFirst()
			.map(TierView::id)
			.orElseThrow(() -> DomainRuleException.rule("organizations.rule.noSuchTier", tierName));
	}

	private void requireStaff(UUID userId, UUID vendorId) {
		if (userId != null && !people.worksFor(userId, vendorId)) {
			throw DomainRuleException.rule("organizations.rule.notStaff", userId);
		}
	}
}
