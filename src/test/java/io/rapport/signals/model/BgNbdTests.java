package io.rapport.signals.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** BG/NBD against the paper's CDNOW fit, and its predictions against independent arithmetic. */
class BgNbdTests {

	/** Fader, Hardie and Lee (2005), section 5. */
	private static final BgNbdParameters PAPER = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);

	private static List<String> lines(String resource) throws IOException {
		try (InputStream in = BgNbdTests.class.getResourceAsStream("/cdnow/" + resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
	}

	/** The sample's published summary: x, tx and T in weeks for the 39-week calibration period. */
	private static List<Customer> summary() throws IOException {
		List<Customer> customers = new ArrayList<>();
		for (String line : lines("cdnow_customers_summary.csv").subList(1, 2358)) {
			String[] f = line.split(",");
			customers.add(new Customer(Integer.parseInt(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])));
		}
		return customers;
	}

	/** The raw log: customer, day, CDs, dollars; the calibration period ends after 39 weeks, on 30 September 1997. */
	private static Map<String, Customer> fromTheLog() throws IOException {
		Map<String, List<LocalDate>> days = new LinkedHashMap<>();
		for (String line : lines("CDNOW_sample.txt")) {
			String[] f = line.trim().split("\\s+");
			days.computeIfAbsent(f[1], k -> new ArrayList<>()).add(LocalDate.parse(f[2], DateTimeFormatter.BASIC_ISO_DATE));
		}
		return RepeatTransactions.summarise(days, LocalDate.of(1997, 9, 30));
	}

	@Test
	void reproducesThePapersFitOnTheCdnowSample() throws IOException {
		BgNbd.Fit fit = BgNbd.fit(summary());
		assertThat(fit.converged()).isTrue();
		assertThat(fit.parameters().r()).isCloseTo(0.243, within(1e-3));
		assertThat(fit.parameters().alpha()).isCloseTo(4.414, within(1e-3));
		assertThat(fit.parameters().a()).isCloseTo(0.793, within(1e-3));
		assertThat(fit.parameters().b()).isCloseTo(2.426, within(1e-3));
		assertThat(fit.logLikelihood()).isCloseTo(-9582.4, within(0.05));
	}

	@Test
	void derivesTheSameSummariesAndFitFromTheRawTransactionLog() throws IOException {
		Map<String, Customer> derived = fromTheLog();
		List<Customer> published = summary();
		assertThat(derived).hasSize(2357);
		List<Customer> ours = new ArrayList<>(derived.values());
		for (int i = 0; i < published.size(); i++) {
			assertThat(ours.get(i).x()).as("customer " + (i + 1)).isEqualTo(published.get(i).x());
			assertThat(ours.get(i).tx()).as("customer " + (i + 1)).isCloseTo(published.get(i).tx(), within(0.01));
			assertThat(ours.get(i).T()).as("customer " + (i + 1)).isCloseTo(published.get(i).T(), within(0.01));
		}
		BgNbd.Fit fit = BgNbd.fit(ours);
		assertThat(fit.parameters().r()).isCloseTo(0.243, within(1e-3));
		assertThat(fit.parameters().b()).isCloseTo(2.426, within(1e-3));
		assertThat(fit.logLikelihood()).isCloseTo(-9582.4, within(0.05));
	}

	@Test
	void keepsTheLikelihoodFiniteForThousandsOfTransactions() {
		// Γ(r + x) alone overflows a double for x above about 170; in logs it is an ordinary number.
		double ll = BgNbd.logLikelihood(PAPER, List.of(new Customer(5000, 38, 39), new Customer(0, 0, 39)));
		assertThat(ll).isFinite();
		assertThat(BgNbd.pAlive(PAPER, new Customer(5000, 38, 39))).isBetween(0.0, 1.0);
	}

	@Test
	void keepsItsDigitsWhenCustomersBuyAlikeAndRAndAlphaGrowWithoutBound() {
		assertThat(BgNbd.logGammaRatio(3.7, 5)).isCloseTo(Gamma.logGamma(8.7) - Gamma.logGamma(3.7), within(1e-12));
		// lnΓ(s + 3) − lnΓ(s) = ln s + ln(s + 1) + ln(s + 2); log-gamma taken apart keeps no digit of it at s = 1e15.
		double s = 1e15;
		assertThat(BgNbd.logGammaRatio(s, 3)).isCloseTo(Math.log(s) + Math.log(s + 1) + Math.log(s + 2), within(1e-9));
		// Near homogeneity a regular buyer who went silent for 39 weeks has surely left.
		BgNbdParameters homogeneous = new BgNbdParameters(1e8, 2e8, 1, 20);
		assertThat(BgNbd.pAlive(homogeneous, new Customer(26, 65, 104))).isLessThan(1e-6);
		assertThat(BgNbd.logLikelihood(homogeneous, List.of(new Customer(26, 65, 104)))).isNegative();
	}

	@Test
	void aCustomerWithoutRepeatTransactionsIsCertainlyAlive() {
		assertThat(BgNbd.pAlive(PAPER, new Customer(0, 0, 38.86))).isEqualTo(1);
	}

	@Test
	void pAliveMatchesTheClosedFormComputedDirectly() {
		for (Customer c : List.of(new Customer(2, 30.43, 38.86), new Customer(1, 1.71, 38.86), new Customer(7, 10, 39))) {
			double direct = 1 / (1 + PAPER.a() / (PAPER.b() + c.x() - 1)
					* Math.pow((PAPER.alpha() + c.T()) / (PAPER.alpha() + c.tx()), PAPER.r() + c.x()));
			assertThat(BgNbd.pAlive(PAPER, c)).isCloseTo(direct, within(1e-12));
		}
		// Someone who bought often and then went quiet for most of the period has probably left.
		assertThat(BgNbd.pAlive(PAPER, new Customer(7, 10, 39))).isLessThan(0.05);
	}

	@Test
	void expectedTransactionsMatchTheFormulaWithTheHypergeometricTakenAsAnIntegral() {
		double t = 39;
		// 2F1 is symmetric in its first two arguments; Euler's integral needs c above the one integrated
		// over, which r + x is (c − r − x = a + b − 1 − r > 0 here) and b + x is not.
		for (Customer c : List.of(new Customer(1, 1.71, 38.86), new Customer(2, 30.43, 38.86), new Customer(26, 30.86, 31))) {
			int x = c.x();
			double hyper = f21ByIntegral(PAPER.b() + x, PAPER.r() + x, PAPER.a() + PAPER.b() + x - 1,
					t / (PAPER.alpha() + c.T() + t));
			double expected = (PAPER.a() + PAPER.b() + x - 1) / (PAPER.a() - 1)
					* (1 - Math.pow((PAPER.alpha() + c.T()) / (PAPER.alpha() + c.T() + t), PAPER.r() + x) * hyper)
					* BgNbd.pAlive(PAPER, c);
			assertThat(BgNbd.expectedTransactions(PAPER, c, t)).isCloseTo(expected, within(1e-6));
		}
		assertThat(BgNbd.expectedTransactions(PAPER, new Customer(2, 30.43, 38.86), 0)).isZero();
		// Without repeat purchases, fewer are expected the longer the customer has been silent.
		assertThat(BgNbd.expectedTransactions(PAPER, new Customer(0, 0, 10), 39))
			.isGreaterThan(BgNbd.expectedTransactions(PAPER, new Customer(0, 0, 38.86), 39));
		// A heavy, recent buyer is expected to keep buying at about its own pace.
		assertThat(BgNbd.expectedTransactions(PAPER, new Customer(26, 30.86, 31), 39)).isBetween(20.0, 30.0);
		assertThat(BgNbd.expectedForNewCustomer(PAPER, 39)).isPositive();
	}

	@Test
	void sumsTheHypergeometricSeriesToKnownValues() {
		// 2F1(1, 1; 2; z) = −ln(1 − z) / z and 2F1(a, b; b; z) = (1 − z)^−a.
		assertThat(Hypergeometric.f21(1, 1, 2, 0.5)).isCloseTo(-Math.log(0.5) / 0.5, within(1e-12));
		assertThat(Hypergeometric.f21(2.5, 3, 3, 0.9)).isCloseTo(Math.pow(0.1, -2.5), within(1e-8));
		assertThat(Hypergeometric.f21(0.3, 0.7, 1.9, 0)).isEqualTo(1);
		assertThatThrownBy(() -> Hypergeometric.f21(1, 1, 2, 1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusesToFitTooFewOrInvalidCustomers() {
		List<Customer> few = List.of(new Customer(1, 2, 3), new Customer(0, 0, 3));
		assertThatThrownBy(() -> BgNbd.fit(few)).hasMessageContaining("at least 10 customers");
		List<Customer> bad = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			bad.add(new Customer(1, 2, 30));
		}
		bad.set(4, new Customer(0, 3, 30));
		assertThatThrownBy(() -> BgNbd.fit(bad)).hasMessage("Customer 5: without repeat transactions (x = 0) tx must be 0, not 3.0");
		assertThat(new Customer(2, 31, 30).problem()).contains("cannot exceed T");
		assertThat(new Customer(-1, 0, 30).problem()).contains("cannot be negative");
	}

	/** 2F1 by Euler's integral, with Simpson's rule after a substitution that smooths the endpoint singularity. */
	private static double f21ByIntegral(double a, double b, double c, double z) {
		// 2F1 = Γ(c) / (Γ(b) Γ(c − b)) ∫₀¹ u^(b−1) (1 − u)^(c−b−1) (1 − z u)^(−a) du, for c > b > 0.
		double logFront = Gamma.logGamma(c) - Gamma.logGamma(b) - Gamma.logGamma(c - b);
		int n = 200_000;
		double sum = 0;
		for (int i = 0; i <= n; i++) {
			// u = s^(1/b) turns u^(b−1) du into ds / b, which is smooth at 0.
			double s = (double) i / n;
			double u = Math.pow(s, 1 / b);
			double value = u >= 1 ? 0 : Math.pow(1 - u, c - b - 1) * Math.pow(1 - z * u, -a) / b;
			sum += value * (i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2);
		}
		return Math.exp(logFront) * sum / (3.0 * n);
	}
}
