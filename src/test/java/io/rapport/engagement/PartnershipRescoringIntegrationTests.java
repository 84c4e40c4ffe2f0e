package io.rapport.engagement;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.rapport.ApiClient;
import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;
import io.rapport.common.Quarter;
import io.rapport.organizations.VendorProgramme;
import io.rapport.organizations.VendorProgrammes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rescoring the few partnerships a change reached, against recomputing the whole programme: on the
 * same data both must give every figure alike, ranks and rank intervals included.
 */
@RapportIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PartnershipRescoringIntegrationTests {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	@LocalServerPort
	int port;

	@Autowired
	TestProgrammes programmes;

	@Autowired
	VendorProgrammes vendorProgrammes;

	@Autowired
	EngagementCalculator calculator;

	@Autowired
	PartnershipRescoring rescoring;

	@Autowired
	SnapshotRows snapshots;

	@Autowired
	EngagementWeights weights;

	@Autowired
	JdbcClient jdbc;

	private Programme programme;

	private VendorProgramme vendor;

	private Quarter quarter;

	private ApiClient chief;

	/** Eight partnerships met, trained and selling in different measure over the last year. */
	@BeforeAll
	void aProgrammeOfEightUnlikePartnerships() {
		programme = programmes.vendor("Rescored Vendor");
		for (int i = 0; i < 8; i++) {
			programmes.partner(programme, i < 2 ? "Gold" : "Silver", LocalDate.of(2024, 1, 1));
		}
		chief = ApiClient.as(port, programme.chiefEmail());
		vendor = vendorProgrammes.find(programme.vendorId()).orElseThrow();
		quarter = vendor.calendar().quarterOf(LocalDate.now(vendor.timeZone()));
		StringBuilder touchpoints = new StringBuilder("external_id,type,occurred_at,title,partner_tax_id,seniority,direction\n");
		StringBuilder sales = new StringBuilder("external_id,partner_tax_id,closed_on,amount,currency,category\n");
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		for (int i = 0; i < 8; i++) {
			Partner partner = programme.partners().get(i);
			for (int m = 0; m < i; m++) {
				touchpoints.append("M-%d-%d,CAM_MEETING,%s,Review,%s,%s,\n".formatted(i, m,
						now.minusDays(20 + 40L * m).format(MINUTES), partner.taxId(), m % 3 == 0 ? "EXECUTIVE" : "MANAGER"));
			}
			for (int t = 0; t < (i * 5) % 4; t++) {
				touchpoints.append("T-%d-%d,TRAINING,%s,Training,%s,,PARTNER_TO_VENDOR\n".formatted(i, t,
						now.minusDays(30 + 50L * t).format(MINUTES), partner.taxId()));
			}
			if (i % 3 != 1) {
				sales.append("S-%d,%s,%s,%d.00,PLN,%s\n".formatted(i, partner.taxId(), now.toLocalDate().minusDays(45),
						1000 + 700 * ((i * 7) % 8), i % 2 == 0 ? "PRODUCT" : "SERVICE"));
			}
		}
		upload("/api/v1/imports/touchpoints", touchpoints.toString());
		upload("/api/v1/imports/sales", sales.toString());
		// Whatever the background refresh does meanwhile, the stored quarter is now the full computation of this data.
		calculator.recompute(vendor, quarter);
		// The refresh (and the history backfill) may still store passes over the same data: one stored after a test
		// spoils a row would restore it before the test reads it back. Go on once no pass has been stored for a second.
		Instant[] last = { computedAt() };
		await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ofSeconds(1)).pollInterval(Duration.ofSeconds(1))
			.until(() -> {
				Instant latest = computedAt();
				boolean quiet = latest.equals(last[0]);
				last[0] = latest;
				return quiet;
			});
	}

	private void upload(String path, String csv) {
		ApiClient.Response response = chief.upload(path, "file.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	private Map<UUID, PartnershipEngagement> stored() {
		return snapshots.read(vendor, quarter, "", Map.of()).stream()
			.collect(Collectors.toMap(PartnershipEngagement::partnershipId, Function.identity()));
	}

	@Test
	@Order(1)
	void rescoringUnchangedPartnershipsGivesWhatTheWholeProgrammesRecomputeStored() {
		Map<UUID, PartnershipEngagement> before = stored();
		UUID third = programme.partners().get(3).partnershipId();
		UUID seventh = programme.partners().get(7).partnershipId();
		// Spoil both stored rows, so only a rescoring that computes and writes every figure can restore them.
		jdbc.sql("""
				update engagement_snapshot set pei_score = 0, pei_rank = 99, pei_rank_low = 99, vei_rank_high = 99,
				    engagement_score = 0, detail = jsonb_set(detail, '{vei}', '[]')
				where partnership_id in (?, ?)""").params(third, seventh).update();
		assertThat(stored().get(third)).isNotEqualTo(before.get(third));
		assertThat(rescoring.rescore(vendor, quarter, Set.of(third, seventh))).isTrue();
		Map<UUID, PartnershipEngagement> after = stored();
		assertThat(after.get(third)).isEqualTo(before.get(third));
		assertThat(after.get(seventh)).isEqualTo(before.get(seventh));
		// Figures that could not match by accident: distinct ranks, intervals and explanations.
		assertThat(after.get(seventh).vei().rank()).isLessThan(after.get(third).vei().rank());
		assertThat(after.get(seventh).vei().indicators()).isNotEmpty();
		assertThat(List.of(after.get(third).pei().rankLow(), after.get(third).pei().rankHigh()))
			.allSatisfy(r -> assertThat(r).isBetween(1, 8));
	}

	@Test
	@Order(3)
	void showsANewTouchpointInItsPartnershipAtOnceAndTheRecomputeAgrees() {
		Partner first = programme.partners().get(0);
		ApiClient.Response recorded = chief.post("/api/v1/touchpoints", """
				{"type":"PRODUCT_BRIEFING","occurredAt":"%s","title":"Launch briefing","partnershipIds":["%s"]}"""
			.formatted(OffsetDateTime.now(ZoneOffset.UTC).minusHours(2), first.partnershipId()));
		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
		await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> assertThat(
				briefings(stored().get(first.partnershipId()))).isEqualTo(1));
		// Once the background recompute has settled the rest, the partnership's row is what it computes.
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			EngagementCalculator.ProgrammeEngagement full = calculator.compute(vendor, quarter,
					weights.currentUnscoped(vendor.vendorId()).weights());
			PartnershipEngagement expected = SnapshotRows.computed(vendor, quarter, full.population().get(first.partnershipId()),
					full.pei().get(first.partnershipId()), full.vei().get(first.partnershipId()),
					full.engagement().get(first.partnershipId()), full.facts().getOrDefault(first.partnershipId(), Map.of()), 0);
			assertThat(stored().get(first.partnershipId())).isEqualTo(expected);
		});
	}

	@Test
	@Order(2)
	void aRecomputeOvertakenByARescoringIsNotStored() {
		Instant computedBefore = computedAt();
		assertThat(calculator.recompute(vendor, quarter, () -> true)).isFalse();
		assertThat(computedAt()).isEqualTo(computedBefore);
		assertThat(calculator.recompute(vendor, quarter, () -> false)).isTrue();
		assertThat(computedAt()).isAfter(computedBefore);
	}

	private Instant computedAt() {
		return jdbc.sql("select max(computed_at) from engagement_snapshot where vendor_id = ?")
			.param(programme.vendorId())
			.query(java.sql.Timestamp.class).single().toInstant();
	}

	private static double briefings(PartnershipEngagement row) {
		return row.vei().indicators().stream().filter(i -> i.key().equals("product_briefings"))
			.mapToDouble(IndicatorView::raw).findFirst().orElseThrow();
	}
}
