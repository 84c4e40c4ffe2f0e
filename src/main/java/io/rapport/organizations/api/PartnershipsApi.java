package io.rapport.organizations.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.rapport.common.PageOf;
import io.rapport.organizations.AdmittedPartnership;
import io.rapport.common.text.NoControlCharacters;
import io.rapport.common.text.TextLimits;
import io.rapport.organizations.NewPartnership;
import io.rapport.organizations.PartnershipCriteria;
import io.rapport.organizations.PartnershipManagement;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.PartnershipStatus;
import io.rapport.organizations.PartnershipView;
import io.rapport.organizations.TierChange;

@RestController
@RequestMapping("/api/v1/partnerships")
@Tag(name = "Partnerships", description = "Vendor–partner relationships, within the caller's scope")
class PartnershipsApi {

	static final int TIER_REASON = 500;

	private final PartnershipQueries queries;

	private final PartnershipManagement management;

	private final MessageSource messages;

	PartnershipsApi(PartnershipQueries queries, PartnershipManagement management, MessageSource messages) {
		this.queries = queries;
		this.management = management;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "Partnerships the caller may see: a vendor's programme, or a partner's vendors")
	PageOf<PartnershipView> list(@RequestParam(required = false) String tier,
			@RequestParam(required = false) PartnershipStatus status, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(required = false) String sort) {
		return queries.page(new PartnershipCriteria(tier, status, q, page, size, sort));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One partnership; 404 when it is not the caller's to see")
	PartnershipView get(@PathVariable UUID id) {
		return queries.get(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Take a partner into the caller's programme (channel chief); a partner already registered "
			+ "keeps its registered name, city and domains, which the answer carries with a notice saying so")
	StartedPartnership start(@Valid @RequestBody NewPartnership request) {
		AdmittedPartnership admitted = management.admit(request);
		PartnershipView partnership = admitted.partnership();
		String notice = admitted.partnerAlreadyRegistered() ? messages.getMessage("partnership.partnerRegistered",
				new Object[] { partnership.partner().name() }, LocaleContextHolder.getLocale()) : null;
		return new StartedPartnership(partnership, admitted.partnerAlreadyRegistered(), notice);
	}

	@PostMapping("/{id}/tier")
	@Operation(summary = "Move a partnership to another tier (channel chief), with an optional reason kept in its "
			+ "tier history")
	PartnershipView changeTier(@PathVariable UUID id, @Valid @RequestBody TierMove request) {
		return management.changeTier(id, request.tier(), request.reason());
	}

	@GetMapping("/{id}/tier-history")
	@Operation(summary = "A partnership's tier changes with their reasons, newest first (the vendor's people)")
	List<TierChange> tierHistory(@PathVariable UUID id) {
		return queries.tierHistory(id);
	}

	@PostMapping("/{id}/channel-manager")
	@Operation(summary = "Name the channel account manager of a partnership (channel chief)")
	PartnershipView assignChannelManager(@PathVariable UUID id, @Valid @RequestBody ManagerChange request) {
		return management.assignChannelManager(id, request.userId());
	}

	@PostMapping("/{id}/end")
	@Operation(summary = "End a partnership; it stays as history (channel chief)")
	PartnershipView end(@PathVariable UUID id, @Valid @RequestBody Ending request) {
		return management.end(id, request.endedOn());
	}

	/**
	 * The partnership started, flat as any partnership, with whether its partner was already
	 * registered and, if so, a notice that the registered details stand (issue 12).
	 */
	record StartedPartnership(@JsonUnwrapped PartnershipView partnership, boolean partnerAlreadyRegistered,
			String notice) {
	}

	/** @param reason optional here (callers from before issue 13 send none); the page asks for one */
	record TierMove(@NotBlank @Size(max = TextLimits.TIER_NAME) @NoControlCharacters String tier,
			@Size(max = TIER_REASON) @NoControlCharacters String reason) {
	}

	record ManagerChange(@NotNull UUID userId) {
	}

	record Ending(@NotNull LocalDate endedOn) {
	}
}
