package io.rapport.signals.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns a transaction log into each customer's (x, tx, T) for a calibration period, the way the
 * paper prepared CDNOW: transactions on one day are one transaction, the first one is not a
 * repeat, and time runs in weeks from the customer's first transaction to the period's end.
 */
public final class RepeatTransactions {

	private RepeatTransactions() {
	}

	/**
	 * @param days each customer's transaction days, in any order
	 * @param end the last day of the calibration period; later transactions are left out
	 * @return customers whose first transaction falls on or before {@code end}, in the map's order
	 */
	public static <K> Map<K, Customer> summarise(Map<K, ? extends Collection<LocalDate>> days, LocalDate end) {
		Map<K, Customer> customers = new LinkedHashMap<>();
		days.forEach((key, transactions) -> {
			TreeSet<LocalDate> distinct = new TreeSet<>();
			transactions.stream().filter(day -> !day.isAfter(end)).forEach(distinct::add);
			if (distinct.isEmpty()) {
				return;
			}
			LocalDate first = distinct.first();
			customers.put(key, new Customer(distinct.size() - 1, weeks(first, distinct.last()), weeks(first, end)));
		});
		return customers;
	}

	private static double weeks(LocalDate from, LocalDate to) {
		return ChronoUnit.DAYS.between(from, to) / 7.0;
	}
}
