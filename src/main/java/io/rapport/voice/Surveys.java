package io.rapport.voice;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.DomainRuleException;
import io.rapport.common.NotFoundException;
import io.rapport.common.tenancy.AccessRefusedException;
import io.rapport.common.tenancy.Capability;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.common.text.Inputs;
import io.rapport.organizations.OrganizationDirectory;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.PartnershipView;
import io.rapport.organizations.VendorProgrammes;

/**
 * Survey waves: a channel chief runs one for its own programme, an analyst across vendors. Who
 * sees a wave: the people of the vendors it rates, the partners of those vendors, and the analyst's
 * hub that runs it. Survey days are calendar days in Rapport's home time zone.
 */
@Service
@Transactional(readOnly = true)
public class Surveys {

	static final ZoneId HOME = ZoneId.of("Europe/Warsaw");

	private final JdbcClient jdbc;

	private final VendorProgrammes programmes;

	private final OrganizationDirectory organizations;

	private final PartnershipQueries partnerships;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Inputs inputs;

	Surveys(JdbcClient jdbc, VendorProgrammes programmes, OrganizationDirectory organizations,
			PartnershipQueries partnerships, MessageSource messages, ApplicationEventPublisher events, Inputs inputs) {
		this.inputs = inputs;
		this.jdbc = jdbc;
		this.programmes = programmes;
		this.organizations = organizations;
		this.partnerships = partnerships;
		this.messages = messages;
		this.events = events;
	}

	/**
	 * Creates a wave.
	 * @throws AccessDeniedException unless the caller is a channel chief or an analyst
	 * @throws NotFoundException for a vendor the caller may not survey
	 * @throws DomainRuleException for dates that do not make a wave
	 */
	@Transactional
	public SurveyView create(NewSurvey request) {
		Caller caller = CurrentCaller.get();
		Set<UUID> vendors = new LinkedHashSet<>(request.vendorIds());
		List<UUID> visible = visibleVendors(caller);
		for (UUID vendorId : vendors) {
			// A vendor the caller cannot see answers 404 before any question of rights.
			if ((!caller.isAnalyst() && !visible.contains(vendorId)) || programmes.find(vendorId).isEmpty()) {
				throw new NotFoundException("vendor", vendorId);
			}
		}
		caller.require(Capability.RUN_SURVEYS);
		inputs.check(request);
		if (request.closesOn().isBefore(request.opensOn())) {
			throw DomainRuleException.rule("voice.rule.closesBeforeOpens", request.closesOn(), request.opensOn());
		}
		if (request.closesOn().isBefore(today())) {
			throw DomainRuleException.rule("voice.rule.closesInPast", request.closesOn());
		}
		refuseOverlap(caller.organizationId(), vendors, request);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into survey (id, title, run_by, opens_on, closes_on, created_by) values (?, ?, ?, ?, ?, ?)""")
			.params(id, request.title().trim(), caller.organizationId(), Date.valueOf(request.opensOn()),
					Date.valueOf(request.closesOn()), caller.userId())
			.update();
		vendors.forEach(vendorId -> jdbc.sql("insert into survey_vendor (survey_id, vendor_id) values (?, ?)")
			.params(id, vendorId).update());
		events.publishEvent(new SurveyCreated(id));
		return get(id);
	}

	/** The waves the caller may see, newest first. */
	public List<SurveyView> list() {
		Caller caller = CurrentCaller.get();
		List<UUID> vendors = visibleVendors(caller);
		List<UUID> ids = jdbc.sql("""
				select s.id from survey s where s.run_by = :org
				   or exists (select 1 from survey_vendor sv where sv.survey_id = s.id and sv.vendor_id in (:vendors))
				order by s.opens_on desc, s.created_at desc""")
			.param("org", caller.organizationId())
			.param("vendors", vendors)
			.query(UUID.class).list();
		return ids.stream().map(id -> scoped(view(id), caller, vendors)).toList();
	}

	/** One wave; 404 when the caller may not see it. */
	public SurveyView get(UUID id) {
		requireVisible(id);
		Caller caller = CurrentCaller.get();
		return scoped(view(id), caller, visibleVendors(caller));
	}

	/**
	 * The wave with only the vendors the caller may know it rates: all of them for whoever runs it,
	 * its own for a vendor, those it partners with for a partner. A hub's wave across the market
	 * does not tell one vendor who else is rated.
	 */
	private static SurveyView scoped(SurveyView survey, Caller caller, List<UUID> visible) {
		if (survey.runBy().id().equals(caller.organizationId())) {
			return survey;
		}
		return new SurveyView(survey.id(), survey.title(), survey.runBy(),
				survey.vendors().stream().filter(v -> visible.contains(v.id())).toList(), survey.opensOn(), survey.closesOn(),
				survey.status(), survey.criteria());
	}

	/**
	 * Closes a wave before its last day (whoever runs it): results show once a wave is closed.
	 * @throws DomainRuleException when it is closed already
	 */
	@Transactional
	public SurveyView close(UUID id) {
		requireRunBy(id);
		// Locked against answers: one being given now is committed before the close, or refused after it.
		SurveyView survey = view(id, " for update");
		if (survey.closed()) {
			throw DomainRuleException.rule("voice.rule.closedAlready");
		}
		jdbc.sql("update survey set closed_early_on = ?, closed_on = ? where id = ?")
			.params(Date.valueOf(today()), Date.valueOf(today()), id).update();
		events.publishEvent(new SurveyClosed(id, survey.vendors().stream().map(SurveyView.Organisation::id).toList(), today()));
		return get(id);
	}

	/** Whether the caller runs the wave and may act on it (close it early, send its reminder): controls show only then. */
	public boolean mayRun(SurveyView survey) {
		Caller caller = CurrentCaller.get();
		return survey.runBy().id().equals(caller.organizationId()) && caller.may(Capability.RUN_SURVEYS);
	}

	/** @throws NotFoundException unless the caller may see the wave */
	void requireVisible(UUID id) {
		Caller caller = CurrentCaller.get();
		boolean visible = jdbc.sql("""
				select exists (select 1 from survey s where s.id = :id and (s.run_by = :org
				    or exists (select 1 from survey_vendor sv where sv.survey_id = s.id and sv.vendor_id in (:vendors))))""")
			.param("id", id).param("org", caller.organizationId()).param("vendors", visibleVendors(caller))
			.query(Boolean.class).single();
		if (!visible) {
			throw new NotFoundException("survey", id);
		}
	}

	/** @throws NotFoundException unless the caller's organisation runs the wave; AccessDenied for a non-chief */
	void requireRunBy(UUID id) {
		requireVisible(id);
		Caller caller = CurrentCaller.get();
		UUID runBy = jdbc.sql("select run_by from survey where id = ?").param(id).query(UUID.class).single();
		if (!runBy.equals(caller.organizationId())) {
			throw new AccessRefusedException("voice.refused.runnerOnly");
		}
		caller.require(Capability.RUN_SURVEYS);
	}

	/** The vendors whose waves the caller sees: its own, or those its organisation partners with. */
	private List<UUID> visibleVendors(Caller caller) {
		List<UUID> vendors = new ArrayList<>();
		if (caller.isVendorUser()) {
			vendors.add(caller.organizationId());
		}
		else if (caller.isPartnerUser()) {
			partnerships.ofOrganization(caller.organizationId()).stream().map(p -> p.vendor().id()).distinct()
				.forEach(vendors::add);
		}
		// "in ()" is not SQL: a caller with no vendors matches none.
		return vendors.isEmpty() ? List.of(new UUID(0, 0)) : vendors;
	}

	/** A wave, unscoped. */
	SurveyView view(UUID id) {
		return view(id, "");
	}

	/**
	 * A wave, unscoped, that stays as read until the transaction ends: answers given at once share
	 * the lock, a close waits for them and they for it, so no answer is committed after its wave closed.
	 */
	SurveyView viewForAnswer(UUID id) {
		return view(id, " for share");
	}

	private SurveyView view(UUID id, String locking) {
		return jdbc.sql("select id, title, run_by, opens_on, closes_on, closed_early_on from survey where id = ?" + locking)
			.param(id)
			.query((rs, n) -> {
				LocalDate opens = rs.getDate("opens_on").toLocalDate();
				LocalDate closes = rs.getDate("closes_on").toLocalDate();
				Date early = rs.getDate("closed_early_on");
				UUID runBy = rs.getObject("run_by", UUID.class);
				return new SurveyView(id, rs.getString("title"),
						new SurveyView.Organisation(runBy, organizations.nameOf(runBy)), vendorsOf(id), opens, closes,
						status(opens, closes, early == null ? null : early.toLocalDate()), criteria());
			})
			.optional()
			.orElseThrow(() -> new NotFoundException("survey", id));
	}

	List<SurveyView.Organisation> vendorsOf(UUID surveyId) {
		return jdbc.sql("select vendor_id from survey_vendor where survey_id = ?").param(surveyId).query(UUID.class).list()
			.stream().map(v -> new SurveyView.Organisation(v, organizations.nameOf(v)))
			.sorted(java.util.Comparator.comparing(SurveyView.Organisation::name)).toList();
	}

	List<SurveyView.CriterionView> criteria() {
		Locale locale = LocaleContextHolder.getLocale();
		return Arrays.stream(Criterion.values())
			.map(c -> new SurveyView.CriterionView(c.key(), messages.getMessage("voice.criterion." + c.key(), null, c.key(), locale)))
			.toList();
	}

	static String status(LocalDate opens, LocalDate closes, LocalDate closedEarly) {
		LocalDate today = today();
		if (closedEarly != null || today.isAfter(closes)) {
			return "CLOSED";
		}
		return today.isBefore(opens) ? "SCHEDULED" : "OPEN";
	}

	static LocalDate today() {
		return LocalDate.now(HOME);
	}

	/** Whether the partner organisation is (or was, during the wave) a partner of the vendor. */
	/**
	 * One runner's waves about one vendor do not overlap: partners are asked about a vendor once at
	 * a time, and a wave's figures are not split between two at once (issue 12). A wave closed early
	 * takes no more answers and no longer counts. Checked under a lock per vendor, taken in one order,
	 * so two waves created at once cannot both pass; the dates live on the wave and the vendors on
	 * survey_vendor, so an exclusion constraint could not state it without copying the dates.
	 */
	private void refuseOverlap(UUID runBy, Set<UUID> vendors, NewSurvey request) {
		vendors.stream().sorted().forEach(vendorId -> jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
			.param("rapport.survey-waves:" + vendorId).query((rs, n) -> 1).list());
		for (UUID vendorId : vendors) {
			jdbc.sql("""
					select s.title, s.opens_on, s.closes_on from survey s join survey_vendor v on v.survey_id = s.id
					where v.vendor_id = ? and s.run_by = ? and s.closed_early_on is null and s.opens_on <= ? and s.closes_on >= ?
					order by s.opens_on limit 1""")
				.params(vendorId, runBy, Date.valueOf(request.closesOn()), Date.valueOf(request.opensOn()))
				.query((rs, n) -> DomainRuleException.rule("voice.rule.overlap", rs.getString(1), rs.getDate(2).toLocalDate(),
						rs.getDate(3).toLocalDate()))
				.optional()
				.ifPresent(problem -> {
					throw problem;
				});
		}
	}

	/** Whether the partner's partnership with the vendor has ended: it then takes no new answers. */
	boolean partnershipEnded(UUID partnerId, UUID vendorId) {
		return partnerships.ofOrganization(partnerId).stream()
			.filter(p -> p.vendor().id().equals(vendorId))
			.allMatch(p -> p.status() == io.rapport.organizations.PartnershipStatus.ENDED);
	}

	boolean partners(UUID partnerId, UUID vendorId) {
		return partnerships.ofOrganization(partnerId).stream().map(PartnershipView::vendor).anyMatch(v -> v.id().equals(vendorId));
	}
}
