package io.rapport.signals;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import io.rapport.common.DomainRuleException;
import io.rapport.signals.model.BgNbd;
import io.rapport.signals.model.BgNbdParameters;
import io.rapport.signals.model.Customer;

/**
 * BG/NBD as a service on data the caller brings: fit the four parameters to customers' (x, tx, T),
 * or predict P(alive) and the transactions expected in a horizon. It reads no tenant's data, so
 * any signed-in user may use it.
 */
@Service
public class RetentionModels {

	/** More than a programme has partnerships, and more than a request should carry. */
	static final int MOST_CUSTOMERS = 200_000;

	/**
	 * @throws DomainRuleException naming the first invalid customer, or for too few or too many
	 */
	public BgNbd.Fit fit(List<Customer> customers) {
		checked(customers);
		if (customers.size() < BgNbd.MIN_CUSTOMERS) {
			throw DomainRuleException.rule("signals.rule.fitTooFew", BgNbd.MIN_CUSTOMERS, customers.size());
		}
		return BgNbd.fit(customers);
	}

	/** P(alive) and expected transactions in the horizon, one per customer, in order. */
	public List<Prediction> predict(BgNbdParameters parameters, double horizon, List<Customer> customers) {
		checked(customers);
		if (!(horizon >= 0) || Double.isInfinite(horizon)) {
			throw DomainRuleException.rule("signals.rule.horizon", horizon);
		}
		List<Prediction> predictions = new ArrayList<>(customers.size());
		for (Customer customer : customers) {
			predictions.add(new Prediction(BgNbd.pAlive(parameters, customer),
					BgNbd.expectedTransactions(parameters, customer, horizon)));
		}
		return predictions;
	}

	private static void checked(List<Customer> customers) {
		if (customers == null || customers.isEmpty()) {
			throw DomainRuleException.rule("signals.rule.noCustomers");
		}
		if (customers.size() > MOST_CUSTOMERS) {
			throw DomainRuleException.rule("signals.rule.tooManyCustomers", MOST_CUSTOMERS, customers.size());
		}
		for (int i = 0; i < customers.size(); i++) {
			Customer customer = customers.get(i);
			String problem = customer == null ? "it is empty" : customer.problem();
			if (problem != null) {
				throw DomainRuleException.rule("signals.rule.badCustomer", i + 1, i, problem);
			}
		}
	}

	/** @param expectedTransactions E[Y(horizon) | x, tx, T] */
	public record Prediction(double pAlive, double expectedTransactions) {
	}
}
