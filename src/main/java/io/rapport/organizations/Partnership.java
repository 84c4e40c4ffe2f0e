package io.rapport.organizations;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import io.rapport.common.DomainRuleException;


/**
 * One vendor–partner relationship. Ended partnerships are kept as history; the database allows
 * one active partnership per pair.
 */
@Table("partnership")
class Partnership {

	@Id
	private final UUID id;

	@Version
	private Integer version;

	private final UUID vendorId;

	private final UUID partnerId;

	private UUID tierId;

	private final LocalDate since;

	private PartnershipStatus status;

	private LocalDate endedOn;

	private UUID channelManagerId;

	private UUID executiveSponsorId;

	@PersistenceCreator
	Partnership(UUID id, Integer version, UUID vendorId, UUID partnerId, UUID tierId, LocalDate since,
			PartnershipStatus status, LocalDate endedOn, UUID channelManagerId, UUID executiveSponsorId) {
		this.id = id;
		this.version = version;
		this.vendorId = vendorId;
		this.partnerId = partnerId;
		this.tierId = tierId;
		this.since = since;
		this.status = status;
		this.endedOn = endedOn;
		this.channelManagerId = channelManagerId;
		this.executiveSponsorId = executiveSponsorId;
	}

	static Partnership start(UUID vendorId, UUID partnerId, UUID tierId, LocalDate since, UUID channelManagerId,
			UUID executiveSponsorId) {
		if (vendorId.equals(partnerId)) {
			throw DomainRuleException.rule("organizations.rule.ownPartner");
		}
		return new Partnership(UUID.randomUUID(), null, vendorId, partnerId, tierId, Objects.requireNonNull(since, "since"),
				PartnershipStatus.ACTIVE, null, channelManagerId, executiveSponsorId);
	}

	/** Moves the partnership to another tier; returns the tier it left. */
	UUID changeTier(UUID newTierId) {
		requireActive("changeTier");
		if (newTierId.equals(tierId)) {
			throw DomainRuleException.rule("organizations.rule.sameTier");
		}
		UUID previous = tierId;
		tierId = newTierId;
		return previous;
	}

	/** Names a new channel account manager; returns the previous one, if any. */
	UUID assignChannelManager(UUID userId) {
		requireActive("assignManager");
		UUID previous = channelManagerId;
		channelManagerId = userId;
		return previous;
	}

	void end(LocalDate on) {
		requireActive("end");
		if (on.isBefore(since)) {
			throw DomainRuleException.rule("organizations.rule.endsBeforeStart", on, since);
		}
		status = PartnershipStatus.ENDED;
		endedOn = on;
	}

	private void requireActive(String action) {
		if (status != PartnershipStatus.ACTIVE) {
			throw DomainRuleException.rule("organizations.rule.ended." + action, endedOn);
		}
	}

	UUID id() {
		return id;
	}

	UUID vendorId() {
		return vendorId;
	}

	UUID partnerId() {
		return partnerId;
	}

	UUID tierId() {
		return tierId;
	}

	LocalDate since() {
		return since;
	}

	PartnershipStatus status() {
		return status;
	}

	LocalDate endedOn() {
		return endedOn;
	}

	UUID channelManagerId() {
		return channelManagerId;
	}

	UUID executiveSponsorId() {
		return executiveSponsorId;
	}
}
