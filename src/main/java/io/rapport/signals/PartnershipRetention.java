package io.rapport.signals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import io.rapport.common.DomainRuleException;
import io.rapport.common.NotFoundException;
import io.rapport.common.db.CopyWriter;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.organizations.PartnershipQueries;
import io.rapport.organizations.PartnershipView;
import io.rapport.organizations.VendorProgramme;
import io.rapport.organizations.VendorProgrammes;
import io.rapport.sales.SalesHistory;
import io.rapport.signals.model.BgNbd;
import io.rapport.signals.model.BgNbdParameters;
import io.rapport.signals.model.Customer;
import io.rapport.signals.model.RateDrop;
import io.rapport.signals.model.RepeatTransactions;

/**
 * Each vendor's retention model, fitted on its partnerships' sales history: a transaction is a day
 * the partner sold on, time runs in weeks from its first sale to today. Refitted every Monday (when
 * {@link AlertEvaluation} reads the week's signs) and
 * on the chief's demand; a vendor's first question fits it. Only the vendor's people see it: the
 * partner never learns what its vendor suspects.
 */
@Service
public class PartnershipRetention {

	/** Thirteen weeks: the horizon of "the next quarter" and the span of "the last quarter". */
	static final double QUARTER_WEEKS = 13;

	/** The baseline a quarter's selling is held against: the four quarters before it. */
	static final long BASELINE_WEEKS = 52;

	/** Two years of 13-week periods before today, for a partnership's history. */
	static final int HISTORY_PERIODS = 8;

	private final SalesHistory sales;

	private final VendorProgrammes programmes;

	private final PartnershipQueries partnerships;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate transactions;

	PartnershipRetention(SalesHistory sales, VendorProgrammes programmes, PartnershipQueries partnerships, JdbcClient jdbc,
			DataSource dataSource, TransactionTemplate transactions) {
		this.sales = sales;
		this.programmes = programmes;
		this.partnerships = partnerships;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transactions = transactions;
	}

	/** A partnership's retention; 404 for the partner itself and for anyone outside the vendor. */
	public PartnershipRetentionView of(UUID partnershipId) {
		PartnershipView partnership = ownPartnership(partnershipId);
		RetentionModelView model = modelOrFit(partnership.vendor().id());
		RateDrop drop = rateDrop(partnership.vendor().id(), partnershipId, model.fittedOn());
		return jdbc.sql("""
				select p_alive, expected_next_quarter, transactions_last_quarter from retention_score where partnership_id = ?""")
			.param(partnershipId)
			.query((rs, n) -> new PartnershipRetentionView(partnershipId, rs.getDouble(1), rs.getDouble(2), rs.getInt(3),
					model.fittedOn(), drop))
			.optional()
			.orElse(new PartnershipRetentionView(partnershipId, null, null, 0, model.fittedOn(), drop));
	}

	/** The last 13 weeks' selling days against the 52 before them, or as many of those as the partner has sold in. */
	private RateDrop rateDrop(UUID vendorId, UUID partnershipId, LocalDate asOf) {
		return rateDrop(sales.sellingDays(vendorId, partnershipId, asOf), asOf);
	}

	/** The same for days already read, oldest first, none after {@code asOf}; null if it never sold. */
	static RateDrop rateDrop(List<LocalDate> days, LocalDate asOf) {
		if (days.isEmpty()) {
			return null;
		}
		LocalDate lastStart = asOf.minusWeeks((long) QUARTER_WEEKS);
		LocalDate baselineStart = lastStart.minusWeeks(BASELINE_WEEKS);
		LocalDate first = days.get(0).isAfter(baselineStart) ? days.get(0) : baselineStart;
		double baselineWeeks = java.time.temporal.ChronoUnit.DAYS.between(first, lastStart) / 7.0;
		int last = (int) days.stream().filter(d -> d.isAfter(lastStart)).count();
		int before = (int) days.stream().filter(d -> d.isAfter(baselineStart) && !d.isAfter(lastStart)).count();
		return RateDrop.test(before, Math.max(0, baselineWeeks), last, QUARTER_WEEKS);
	}

	/**
	 * The partnership at the end of each of the last eight 13-week periods, under the vendor's current
	 * parameters: how P(alive) moved, and what the model expected against what came.
	 */
	public List<RetentionPoint> history(UUID partnershipId) {
		PartnershipView partnership = ownPartnership(partnershipId);
		RetentionModelView model = modelOrFit(partnership.vendor().id());
		BgNbdParameters p = new BgNbdParameters(model.r(), model.alpha(), model.a(), model.b());
		List<LocalDate> days = sales.sellingDays(partnership.vendor().id(), partnershipId, model.fittedOn());
		List<RetentionPoint> points = new ArrayList<>();
		for (int period = HISTORY_PERIODS; period >= 0; period--) {
			LocalDate asOf = model.fittedOn().minusWeeks((long) QUARTER_WEEKS * period);
			LocalDate until = asOf.plusWeeks((long) QUARTER_WEEKS);
			Integer actual = until.isAfter(model.fittedOn()) ? null
					: (int) days.stream().filter(d -> d.isAfter(asOf) && !d.isAfter(until)).count();
			Customer customer = RepeatTransactions.summarise(Map.of(partnershipId, days), asOf).get(partnershipId);
			points.add(customer == null ? new RetentionPoint(asOf, null, null, actual)
					: new RetentionPoint(asOf, BgNbd.pAlive(p, customer), BgNbd.expectedTransactions(p, customer, QUARTER_WEEKS),
							actual));
		}
		return points;
	}

	/** The partnership, if the caller works for its vendor; the partner itself learns nothing of it (404). */
	private PartnershipView ownPartnership(UUID partnershipId) {
		PartnershipView partnership = partnerships.get(partnershipId);
		if (!CurrentCaller.get().worksFor(partnership.vendor().id())) {
			throw new NotFoundException("retention of partnership", partnershipId);
		}
		return partnership;
	}

	/** The vendor's model, fitted now if it never was. */
	public RetentionModelView model(UUID vendorId) {
		CurrentCaller.get().requireOwnVendor(vendorId);
		return modelOrFit(vendorId);
	}

	/** Refits the vendor's model now (channel chief). */
	public RetentionModelView refit(UUID vendorId) {
		CurrentCaller.get().requireChiefOf(vendorId);
		return fit(vendorId);
	}

	private RetentionModelView modelOrFit(UUID vendorId) {
		return stored(vendorId).orElseGet(() -> fit(vendorId));
	}

	/**
	 * Fits and stores the vendor's model and scores every partnership that sold.
	 * @throws DomainRuleException when too few partnerships sold to fit it
	 */
	RetentionModelView fit(UUID vendorId) {
		VendorProgramme programme = programmes.find(vendorId).orElseThrow(() -> new NotFoundException("vendor", vendorId));
		LocalDate today = LocalDate.now(programme.timeZone());
		Map<UUID, List<LocalDate>> days = sales.sellingDays(vendorId, today);
		Map<UUID, Customer> summaries = RepeatTransactions.summarise(days, today);
		if (summaries.size() < BgNbd.MIN_CUSTOMERS) {
			throw DomainRuleException.rule("signals.rule.tooFewSellers", summaries.size(), BgNbd.MIN_CUSTOMERS);
		}
		return store(vendorId, today, days, summaries, BgNbd.fit(new ArrayList<>(summaries.values())));
	}

	/** Stores a model fitted on the day's selling days, with every partnership's score under it. */
	RetentionModelView store(UUID vendorId, LocalDate today, Map<UUID, List<LocalDate>> days, Map<UUID, Customer> summaries,
			BgNbd.Fit fit) {
		BgNbdParameters p = fit.parameters();
		LocalDate quarterAgo = today.minusWeeks((long) QUARTER_WEEKS);
		transactions.executeWithoutResult(status -> {
			jdbc.sql("delete from retention_score where vendor_id = ?").param(vendorId).update();
			CopyWriter copy = CopyWriter.open(dataSource, "retention_score", "vendor_id, partnership_id, p_alive, "
					+ "expected_next_quarter, transactions_last_quarter, repeat_transactions, weeks_since_last");
			summaries.forEach((partnershipId, customer) -> {
				long lastQuarter = days.get(partnershipId).stream().filter(day -> day.isAfter(quarterAgo)).count();
				copy.field(vendorId).field(partnershipId).field(BgNbd.pAlive(p, customer))
					.field(BgNbd.expectedTransactions(p, customer, QUARTER_WEEKS)).field(lastQuarter).field(customer.x())
					.field(customer.T() - customer.tx()).endRow();
			});
			copy.finish();
			jdbc.sql("""
					insert into retention_model (vendor_id, fitted_on, r, alpha, a, b, log_likelihood, converged, partnerships)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (vendor_id) do update set fitted_on = excluded.fitted_on, r = excluded.r, alpha = excluded.alpha,
					    a = excluded.a, b = excluded.b, log_likelihood = excluded.log_likelihood, converged = excluded.converged,
					    partnerships = excluded.partnerships, fitted_at = now()""")
				.params(vendorId, java.sql.Date.valueOf(today), p.r(), p.alpha(), p.a(), p.b(), fit.logLikelihood(),
						fit.converged(), summaries.size())
				.update();
		});
		return new RetentionModelView(vendorId, today, p.r(), p.alpha(), p.a(), p.b(), fit.logLikelihood(), fit.converged(),
				summaries.size());
	}

	private java.util.Optional<RetentionModelView> stored(UUID vendorId) {
		return jdbc.sql("""
				select fitted_on, r, alpha, a, b, log_likelihood, converged, partnerships from retention_model where vendor_id = ?""")
			.param(vendorId)
			.query((rs, n) -> new RetentionModelView(vendorId, rs.getDate(1).toLocalDate(), rs.getDouble(2), rs.getDouble(3),
					rs.getDouble(4), rs.getDouble(5), rs.getDouble(6), rs.getBoolean(7), rs.getInt(8)))
			.optional();
	}
}
