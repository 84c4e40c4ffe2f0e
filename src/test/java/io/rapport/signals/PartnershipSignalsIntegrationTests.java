package io.rapport.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.rapport.ApiClient;
import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;
import io.rapport.organizations.NewOrganization;
import io.rapport.organizations.NewPartnership;
import io.rapport.organizations.OrganizationKind;
import io.rapport.organizations.PartnershipManagement;
import io.rapport.voice.SurveyBulkLoad;

/**
 * The two signs that read across modules and vendors, through real data: a partner moving its
 * business from one vendor to two others it also sells with, and partners whose survey answers
 * fell — one signed, one anonymous. The share names no other vendor; the anonymous fall is never read.
 */
@RapportIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnershipSignalsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestProgrammes programmes;

	@Autowired
	PartnershipManagement partnerships;

	@Autowired
	SurveyBulkLoad surveys;

	@Autowired
	PartnershipSignals signals;

	@Autowired
	JdbcClient jdbc;

	private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));

	private Programme vendor;

	private Partner shifting;

	private Partner signedFall;

	private Partner anonymousFall;

	@BeforeAll
	void aPartnerShiftingToTwoOtherVendorsAndTwoWhoseAnswersFell() {
		vendor = programmes.vendor("Shift Vendor");
		Programme second = programmes.vendor("Second Vendor");
		Programme third = programmes.vendor("Third Vendor");
		shifting = programmes.partner(vendor, "Gold", today.minusYears(3));
		signedFall = programmes.partner(vendor, "Gold", today.minusYears(3));
		anonymousFall = programmes.partner(vendor, "Gold", today.minusYears(3));
		for (Programme other : List.of(second, third)) {
			// Another vendor signs the same partner up by its tax id, as a chief would.
			TestProgrammes.as(other.chief(), () -> partnerships.start(new NewPartnership(null, new NewOrganization(
					OrganizationKind.PARTNER, shifting.name(), "PL", "Opole", shifting.taxId(), List.of()), "Gold",
					today.minusYears(3), null, null)));
		}
		LocalDate recent = today.minusWeeks(26);
		StringBuilder own = csv();
		StringBuilder elsewhere = csv();
		// Weekly with every vendor for the year before; in the last 26 weeks only twice with this one.
		for (LocalDate day = today.minusWeeks(78).plusDays(1); !day.isAfter(today); day = day.plusDays(7)) {
			if (day.isBefore(recent)) {
				own.append(line("SH-" + day, shifting, day));
			}
			elsewhere.append(line("SH-" + day, shifting, day));
		}
		own.append(line("SH-LATE-1", shifting, today.minusDays(16))).append(line("SH-LATE-2", shifting, today.minusDays(2)));
		upload(vendor, own);
		upload(second, elsewhere);
		upload(third, elsewhere);

		UUID partnerUser = userOf(signedFall);
		UUID anonymousUser = userOf(anonymousFall);
		for (int wave = 2; wave >= 1; wave--) {
			LocalDate opens = today.minusMonths(6L * wave);
			int nps = wave == 2 ? 9 : 4;
			surveys.load(new SurveyBulkLoad.PastWave("Ankieta " + opens, List.of(vendor.vendorId()), vendor.vendorId(),
					vendor.chief().userId(), opens, opens.plusDays(20),
					List.of(new SurveyBulkLoad.PastAnswer(vendor.vendorId(), signedFall.partnerId(), partnerUser,
							opens.plusDays(2).atStartOfDay(ZoneId.of("Europe/Warsaw")).toInstant(), nps, Map.of(), Map.of(), null, true),
							new SurveyBulkLoad.PastAnswer(vendor.vendorId(), anonymousFall.partnerId(), anonymousUser,
									opens.plusDays(3).atStartOfDay(ZoneId.of("Europe/Warsaw")).toInstant(), nps, Map.of(), Map.of(), null,
									false)),
					Map.of(), vendor.chief().userId()));
		}
	}

	@Test
	void seesTheShareOfThePartnersSellingMoveToOtherVendorsWithoutNamingThem() {
		PartnershipRisk risk = risk(shifting);
		Signal share = sign(risk, SignalKind.ACTIVITY_SHARE);
		// 52 of 156 selling days in the year before (33%); 2 of about 54 in the last 26 weeks (4%).
		assertThat(share.figures()).containsExactly("33", "4");
		assertThat(risk.severity()).as(risk.toString()).isNotNull();
		ApiClient chief = ApiClient.as(port, vendor.chiefEmail());
		chief.post("/api/v1/vendors/" + vendor.vendorId() + "/alerts/evaluate", "");
		String alerts = chief.get("/api/v1/vendors/" + vendor.vendorId() + "/alerts?partnershipId=" + shifting.partnershipId()).body();
		assertThat(alerts).contains("fell from 33% to 4%").doesNotContain("Second Vendor").doesNotContain("Third Vendor");
	}

	@Test
	void readsOnlySignedSurveyAnswers() {
		Signal fall = sign(risk(signedFall), SignalKind.SURVEY_FALLING);
		assertThat(fall.figures().get(0)).isEqualTo("4");
		assertThat(fall.figures().get(2)).isEqualTo("9");
		assertThat(risk(anonymousFall).signals()).extracting(Signal::kind).doesNotContain(SignalKind.SURVEY_FALLING);
	}

	@Test
	void readsAPastDayFromWhatWasKnownThen() {
		// Half a year ago the shift had not begun and the fall had not been answered.
		LocalDate then = today.minusWeeks(27);
		List<PartnershipRisk> past = signals.assess(vendor.vendorId(), then);
		assertThat(find(past, shifting).signals()).extracting(Signal::kind).doesNotContain(SignalKind.ACTIVITY_SHARE);
		assertThat(find(past, signedFall).signals()).extracting(Signal::kind).doesNotContain(SignalKind.SURVEY_FALLING);
	}

	private PartnershipRisk risk(Partner partner) {
		return find(signals.assess(vendor.vendorId(), today), partner);
	}

	private static PartnershipRisk find(List<PartnershipRisk> risks, Partner partner) {
		return risks.stream().filter(r -> r.partnershipId().equals(partner.partnershipId())).findFirst().orElseThrow();
	}

	private static Signal sign(PartnershipRisk risk, SignalKind kind) {
		return risk.signals().stream().filter(s -> s.kind() == kind).findFirst()
			.orElseThrow(() -> new AssertionError("No " + kind + " in " + risk));
	}

	private UUID userOf(Partner partner) {
		return jdbc.sql("select id from app_user where email = ?").param(partner.adminEmail()).query(UUID.class).single();
	}

	private static StringBuilder csv() {
		return new StringBuilder("external_id,partner_tax_id,closed_on,amount,currency,category\n");
	}

	private static String line(String id, Partner partner, LocalDate day) {
		return id + "," + partner.taxId() + "," + day + ",100.00,PLN,PRODUCT\n";
	}

	private void upload(Programme programme, StringBuilder csv) {
		ApiClient.Response imported = ApiClient.as(port, programme.chiefEmail())
			.upload("/api/v1/imports/sales", "sales.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
	}
}
