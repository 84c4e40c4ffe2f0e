package io.rapport.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import io.rapport.ApiClient;
import io.rapport.RapportIntegrationTest;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;
import io.rapport.common.TaxId;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.Role;
import io.rapport.identity.NewUser;
import io.rapport.identity.Seniority;
import io.rapport.identity.UserDirectory;
import io.rapport.identity.UserView;
import io.rapport.organizations.NewOrganization;
import io.rapport.organizations.OrganizationDirectory;
import io.rapport.organizations.OrganizationKind;
import io.rapport.organizations.VendorProgrammes;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: text one tenant types reaches other people's pages, their charts' data and tooltips
 * (organisations are shared between vendors). Planted in every free-text field a page shows, it
 * must read as the same text on each of those pages, run nothing, and no page may break a rule of
 * the Content-Security-Policy.
 */
@RapportIntegrationTest
class HostileTextBrowserTests extends BrowserSupport {

	/** Ends the element a page's JSON sits in, then tries a script and an event handler. */
	static final String HOSTILE = "</script><script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=1\">";

	/** The same attempt, short enough for the shortest fields. */
	static final String SHORT = "</script><img src=x onerror=window.__pwned=1>";

	static final String VENDOR = "Vendor" + HOSTILE;

	static final String ORGANISATION = "Org" + HOSTILE;

	static final String CITY = "City" + SHORT;

	static final String TIER = "Tier" + SHORT;

	static final String CAM = "Cam" + HOSTILE;

	static final String TOUCHPOINT = "Meeting" + HOSTILE;

	static final String SURVEY = "Survey" + HOSTILE;

	static final String COMMENT = "Comment" + HOSTILE;

	static final String SUBJECT = "Case" + HOSTILE;

	static final String NOTE = "Note" + HOSTILE;

	static final String TOKEN = "Token" + SHORT;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final LocatorAssertions.ContainsTextOptions AS_SHOWN = new LocatorAssertions.ContainsTextOptions()
		.setUseInnerText(true);

	@Autowired
	OrganizationDirectory organizations;

	@Autowired
	VendorProgrammes vendorProgrammes;

	@Autowired
	UserDirectory users;

	@Autowired
	TestProgrammes programmes;

	@Autowired
	JdbcClient jdbc;

	private final List<String> violations = new ArrayList<>();

	private final List<String> dialogs = new ArrayList<>();

	private Programme programme;

	private UUID partnershipId;

	private UUID partnerId;

	private String partnerAdmin;

	private String surveyId;

	private UUID alertId;

	@BeforeAll
	void plantsHostileTextInEveryField() {
		int n = ThreadLocalRandom.current().nextInt(1_000_000);
		String vendorDomain = "hostile-vendor-" + n + ".example";
		UUID vendorId = organizations.register(new NewOrganization(OrganizationKind.VENDOR, VENDOR, "PL", "Warszawa", null,
				List.of(vendorDomain))).id();
		vendorProgrammes.define(vendorId, 1, ZoneId.of("Europe/Warsaw"), "PLN", List.of("Registered", TIER));
		String chiefEmail = "chief@" + vendorDomain;
		UserView chief = users.register(new NewUser(vendorId, chiefEmail, "Hostile Test Chief", "demo", Seniority.EXECUTIVE,
				Set.of(Role.VENDOR_ADMIN)));
		programme = new Programme(vendorId, chiefEmail, new Caller(chief.id(), chiefEmail, chief.name(), vendorId,
				Set.of(Role.VENDOR_ADMIN)), new ArrayList<>());
		UserView cam = users.register(new NewUser(vendorId, "cam@" + vendorDomain, CAM, "demo", null,
				Set.of(Role.CHANNEL_MANAGER)));
		ApiClient asChief = ApiClient.as(port, chiefEmail);

		// The organisation arrives by its details, as any vendor may take a partner in.
		String nip = nip(n);
		String partnerDomain = "hostile-partner-" + n + ".pl";
		ApiClient.Response created = asChief.post("/api/v1/partnerships", JSON.writeValueAsString(Map.of(
				"partner", Map.of("kind", "PARTNER", "name", ORGANISATION, "country", "PL", "city", CITY, "taxId", nip,
						"domains", List.of(partnerDomain)),
				"tier", TIER, "since", "2024-01-01", "channelManagerId", cam.id().toString())));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		partnershipId = UUID.fromString(created.json().get("id").asString());
		partnerId = UUID.fromString(created.json().get("partner").get("id").asString());
		partnerAdmin = "admin@" + partnerDomain;
		users.register(new NewUser(partnerId, partnerAdmin, "Hostile Partner Admin", "demo", null, Set.of(Role.PARTNER_ADMIN)));
		List<String> admins = new ArrayList<>(List.of(partnerAdmin));
		List<String> taxIds = new ArrayList<>(List.of(nip));
		for (int i = 0; i < 4; i++) {
			Partner other = programmes.partner(programme, TIER, LocalDate.of(2024, 1, 1));
			admins.add(other.adminEmail());
			taxIds.add(other.taxId());
		}

		// A year of sales for every partner, so that each dashboard and chart has its rows.
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
		StringBuilder sales = new StringBuilder("external_id,partner_tax_id,closed_on,amount,currency,category\n");
		for (int p = 0; p < taxIds.size(); p++) {
			for (int days : new int[] { 5, 35, 95, 185, 275, 365 }) {
				sales.append("H-%d-%d-%d,%s,%s,%d.00,PLN,%s\n".formatted(n, p, days, taxIds.get(p), today.minusDays(days),
						1000 + 500 * p, p % 2 == 0 ? "PRODUCT" : "SERVICE"));
			}
		}
		expect(asChief.upload("/api/v1/imports/sales", "sales.csv", sales.toString().getBytes(StandardCharsets.UTF_8)), 200);

		expect(asChief.post("/api/v1/touchpoints", JSON.writeValueAsString(Map.of("type", "CAM_MEETING",
				"occurredAt", OffsetDateTime.now(ZoneId.of("Europe/Warsaw")).minusDays(10).withNano(0).toString(),
				"title", TOUCHPOINT, "partnershipIds", List.of(partnershipId.toString())))), 201);
		expect(asChief.post("/api/v1/support-cases", JSON.writeValueAsString(Map.of("partnershipId", partnershipId.toString(),
				"channel", "PHONE", "severity", "HIGH", "subject", SUBJECT))), 201);
		expect(asChief.post("/api/v1/tokens", JSON.writeValueAsString(Map.of("name", TOKEN))), 201);

		// A wave every partner answers with a comment, then closed: its results show the comments.
		surveyId = asChief.post("/api/v1/surveys", JSON.writeValueAsString(Map.of("title", SURVEY,
				"vendorIds", List.of(vendorId.toString()), "opensOn", today.toString(), "closesOn", today.plusDays(14).toString())))
			.json().get("id").asString();
		for (int i = 0; i < admins.size(); i++) {
			Map<String, Object> answer = new LinkedHashMap<>();
			answer.put("vendorId", vendorId.toString());
			answer.put("nps", 5 + i);
			answer.put("ratings", Map.of("communication_regularity", 4 + i, "phone_support", 6));
			answer.put("comment", COMMENT);
			expect(ApiClient.as(port, admins.get(i)).post("/api/v1/surveys/" + surveyId + "/responses",
					JSON.writeValueAsString(answer)), 201);
		}
		expect(asChief.post("/api/v1/surveys/" + surveyId + "/close", ""), 200);
		expect(asChief.send("PUT", "/api/v1/vendors/" + vendorId + "/self-assessment", JSON.writeValueAsString(Map.of(
				"surveyId", surveyId, "ratings", Map.of("communication_regularity", 9.0, "phone_support", 5.0)))), 200);

		// An alert on the partnership (raised here rather than by a year of waiting), acknowledged with a note.
		alertId = UUID.randomUUID();
		jdbc.sql("""
				insert into risk_alert (id, vendor_id, partnership_id, owner_id, severity, weight, status, raised_on, evaluated_on,
				                        signals)
				values (?, ?, ?, ?, 'HIGH', 3, 'OPEN', current_date, current_date,
				        '[{"kind":"RETENTION","figures":["0.40","20"],"urgent":false}]')""")
			.params(alertId, vendorId, partnershipId, cam.id()).update();
		expect(asChief.post("/api/v1/alerts/" + alertId + "/acknowledge", JSON.writeValueAsString(Map.of("note", NOTE))), 200);
	}

	@BeforeEach
	void watchesForScriptsDialogsAndPolicyViolations() {
		violations.clear();
		dialogs.clear();
		page.onConsoleMessage(message -> {
			if (message.text().contains("Content Security Policy")) {
				violations.add(page.url() + ": " + message.text());
			}
		});
		page.onDialog(dialog -> {
			dialogs.add(page.url() + ": " + dialog.message());
			dialog.dismiss();
		});
		page.addInitScript("document.addEventListener('securitypolicyviolation', e => (window.__violations = "
				+ "window.__violations || []).push(e.violatedDirective + ' ' + e.blockedURI));");
	}

	@Test
	void theVendorsPagesShowEveryPlantedTextAsTextAndRunNone() {
		signIn(programme.chiefEmail());

		visit("/", "#chart-tiers svg", TIER);
		assertThat(chartData("tiers-data", "(d, text) => d.some(t => t.tier === text)", TIER)).isTrue();

		visit("/partnerships", null, ORGANISATION, TIER, CAM);
		visit("/partnerships/" + partnershipId, "#gauge-pei svg", ORGANISATION, CITY, TIER, CAM, TOUCHPOINT);
		assertThat(page.locator("#chart-waterfall svg")).isVisible();
		assertThat(chartData("engagement-partnership", "(d, text) => d.partnerName === text", ORGANISATION)).isTrue();
		visit("/organizations/" + partnerId, null, ORGANISATION, CITY);

		visit("/sales", "#chart-pareto svg", ORGANISATION);
		assertThat(chartData("sales-partnerships", "(d, text) => d.some(p => p.partnerName === text)", ORGANISATION)).isTrue();

		visit("/engagement", "#chart-quadrant svg", ORGANISATION);
		assertThat(chartData("engagement-quadrant", "(d, text) => d.points.some(p => p.partnerName === text)", ORGANISATION))
			.isTrue();
		// The quadrant's tooltip names the partner and its tier: as text, never as markup.
		Object shown = page.evaluate("""
				name => {
				  const chart = echarts.getInstanceByDom(document.getElementById('chart-quadrant'));
				  const series = chart.getOption().series;
				  for (let s = 0; s < series.length; s++) {
				    const i = series[s].data.findIndex(d => d[2] === name);
				    if (i >= 0) {
				      chart.dispatchAction({ type: 'showTip', seriesIndex: s, dataIndex: i });
				      return true;
				    }
				  }
				  return false;
				}""", ORGANISATION);
		assertThat(shown).isEqualTo(true);
		assertThat(page.locator("#chart-quadrant")).containsText(ORGANISATION, AS_SHOWN);
		assertThat(page.locator("#chart-quadrant")).containsText(TIER, AS_SHOWN);
		nothingRan();

		visit("/engagement/channel", "#chart-heatmap svg");
		visit("/touchpoints", null, TOUCHPOINT);
		visit("/support", null, SUBJECT);
		visit("/alerts", null, ORGANISATION);
		visit("/alerts/" + alertId, null, ORGANISATION, NOTE);
		visit("/tokens", null, TOKEN);

		visit("/surveys", null, SURVEY);
		visit("/surveys/" + surveyId + "/results", "#criteria-chart svg", SURVEY, COMMENT);
		visit("/perception-gap?surveyId=" + surveyId, "#gap-chart svg", SURVEY);
		visit("/surveys/" + surveyId + "/standings", null, VENDOR);
	}

	@Test
	void thePartnersPagesShowTheVendorsAndItsOwnNamesAsTextAndRunNone() {
		signIn(partnerAdmin);
		visit("/", null, VENDOR);
		visit("/partnerships/" + partnershipId, null, VENDOR, ORGANISATION);
		visit("/engagement/vendors", null, VENDOR);
		visit("/support", null, SUBJECT);
		visit("/report-card", null, VENDOR);
	}

	@Test
	void theOtherPagesKeepThePolicyToo() {
		page.navigate(url("/login"));
		nothingRan();
		signIn(programme.chiefEmail());
		for (String path : List.of("/engagement/weights", "/cadence-norms", "/sales/import", "/touchpoints/import")) {
			visit(path, null);
		}
		signIn("analyst@hub.example");
		visit("/", null, VENDOR);
		visit("/engagement/vendors", null);
	}

	@Test
	void theApiDocumentationRunsUnderThePolicy() {
		List<String> errors = new ArrayList<>();
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				errors.add(message.text());
			}
		});
		page.navigate(url("/swagger-ui.html"));
		// The first call describes every endpoint, which takes a while on a busy machine.
		assertThat(page.locator(".swagger-ui .info .title")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
		assertThat(page.locator(".swagger-ui .opblock").first()).isVisible();
		assertThat(errors).isEmpty();
		page.waitForLoadState(LoadState.NETWORKIDLE);
		nothingRan();
	}

	/** Opens a page, waits for its chart if it has one, and checks that each text reads as typed. */
	private void visit(String path, String chart, String... texts) {
		page.navigate(url(path));
		if (chart != null) {
			assertThat(page.locator(chart).first()).isVisible();
		}
		page.waitForLoadState(LoadState.NETWORKIDLE);
		Locator content = page.locator("#content");
		for (String text : texts) {
			assertThat(content).containsText(text, AS_SHOWN);
		}
		nothingRan();
	}

	/** No planted script or handler ran, no element came from planted markup, the policy was kept. */
	private void nothingRan() {
		String where = page.url();
		assertThat(page.evaluate("() => typeof window.__pwned")).as(where).isEqualTo("undefined");
		assertThat(page.locator("img[src='x']").count()).as(where).isZero();
		assertThat(page.evaluate("() => (window.__violations || []).join('; ')")).as(where).isEqualTo("");
		assertThat(violations).as(where).isEmpty();
		assertThat(dialogs).as(where).isEmpty();
	}

	/** Applies {@code test(data, text)} to the JSON a page hands its scripts, parsed as they parse it. */
	private boolean chartData(String id, String test, String text) {
		return (Boolean) page.evaluate("([id, text]) => (" + test + ")(JSON.parse(document.getElementById(id).textContent), text)",
				List.of(id, text));
	}

	private static void expect(ApiClient.Response response, int status) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
	}

	private static String nip(int n) {
		for (int i = 0;; i++) {
			String nip = TaxId.completeNip(String.format("8%08d", (n * 10 + i) % 100_000_000));
			if (nip != null) {
				return nip;
			}
		}
	}
}
