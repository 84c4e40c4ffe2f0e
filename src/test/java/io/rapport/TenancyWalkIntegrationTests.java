package io.rapport;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.rapport.identity.ApiTokens;
import io.rapport.identity.TokenScope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every {@code /api/v1} endpoint as people who must not see one vendor's data: a user of
 * another vendor, a partner that does not work with that vendor, and an anonymous caller. An id in
 * scope of someone else answers 404, lists hold none of it, anonymous calls answer 401.
 * <p>
 * To cover a new endpoint, add one line to {@link #ENDPOINTS}; {@link #walksEveryApiEndpoint()}
 * fails until you do.
 */
@RapportIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenancyWalkIntegrationTests {

	/**
	 * Every API endpoint. {@code {placeholders}} are the target vendor's records; an endpoint whose
	 * path names one must answer 404 to outsiders, any other must answer without the target's data.
	 */
	static final List<Endpoint> ENDPOINTS = List.of(
			Endpoint.get("/api/v1/me"),
			Endpoint.get("/api/v1/organizations"),
			Endpoint.get("/api/v1/organizations/{partnerId}"),
			Endpoint.get("/api/v1/organizations/{vendorId}"),
			// Issue 12: only the organisation's own administrator changes its details and domains.
			Endpoint.get("/api/v1/organizations/mine"),
			Endpoint.put("/api/v1/organizations/{partnerId}", "{\"name\":\"Walk\",\"city\":\"Opole\",\"domains\":[]}"),
			Endpoint.post("/api/v1/organizations/{partnerId}/domains/{partnerDomain}/confirmation", ""),
			Endpoint.delete("/api/v1/organizations/{partnerId}/domains/{partnerDomain}"),
			Endpoint.get("/api/v1/partnerships"),
			Endpoint.get("/api/v1/partnerships?q={partnerTaxId}"),
			Endpoint.get("/api/v1/partnerships/{partnershipId}"),
			Endpoint.post("/api/v1/partnerships",
					"{\"partnerId\":\"{partnerId}\",\"tier\":\"Silver\",\"since\":\"2026-01-01\"}"),
			Endpoint.post("/api/v1/partnerships/{partnershipId}/tier", "{\"tier\":\"Gold\"}"),
			Endpoint.get("/api/v1/partnerships/{partnershipId}/tier-history"),
			Endpoint.post("/api/v1/partnerships/{partnershipId}/channel-manager", "{\"userId\":\"{channelManagerId}\"}"),
			Endpoint.post("/api/v1/partnerships/{partnershipId}/end", "{\"endedOn\":\"2026-11-01\"}"),
			Endpoint.get("/api/v1/vendors/{vendorId}/programme"),
			Endpoint.get("/api/v1/vendors/{vendorId}/overview"),
			Endpoint.get("/api/v1/tokens"),
			Endpoint.post("/api/v1/tokens", "{\"name\":\"tenancy walk\"}"),
			Endpoint.delete("/api/v1/tokens/{tokenId}"),
			// Revokes the caller's own tokens only (issue 12).
			Endpoint.delete("/api/v1/tokens"),
			Endpoint.upload("/api/v1/imports/sales",
					"external_id,partner_tax_id,closed_on,amount,currency,category\nW-1,{partnerTaxId},2026-01-10,10.00,PLN,PRODUCT\n"),
			// A dry run: an outsider's own rates are its business, and the shared demo stays as it is.
			Endpoint.upload("/api/v1/imports/exchange-rates?dryRun=true", "currency,month,rate\nEUR,2026-01,4.30\n"),
			Endpoint.get("/api/v1/vendors/{vendorId}/sales/by-partnership"),
			Endpoint.get("/api/v1/vendors/{vendorId}/sales/by-quarter?from=2026-Q1&to=2026-Q2"),
			Endpoint.get("/api/v1/vendors/{vendorId}/kpis?minDeals=1&minRevenue=0"),
			Endpoint.get("/api/v1/vendors/{vendorId}/concentration"),
			Endpoint.get("/api/v1/vendors/{vendorId}/sales/tiers-by-decile"),
			Endpoint.get("/api/v1/partnerships/{partnershipId}/sales"),
			// Issue 13: the partnership's quarterly business review as a PDF.
			Endpoint.get("/api/v1/partnerships/{partnershipId}/review.pdf"),
			Endpoint.post("/api/v1/touchpoints", "{\"type\":\"CAM_MEETING\",\"occurredAt\":\"2026-03-10T10:00:00+01:00\","
					+ "\"title\":\"QBR\",\"partnershipIds\":[\"{partnershipId}\"]}"),
			Endpoint.put("/api/v1/touchpoints/{touchpointId}", "{\"type\":\"CAM_MEETING\",\"occurredAt\":\"2026-03-10T10:00:00+01:00\","
					+ "\"title\":\"QBR corrected\",\"partnershipIds\":[\"{partnershipId}\"]}"),
			Endpoint.delete("/api/v1/touchpoints/{touchpointId}"),
			Endpoint.upload("/api/v1/imports/touchpoints",
					"external_id,type,occurred_at,title,partner_tax_id\nWALK-1,CAM_MEETING,2026-03-10 10:00,QBR,{partnerTaxId}\n"),
			Endpoint.get("/api/v1/partnerships/{partnershipId}/touchpoints"),
			Endpoint.get("/api/v1/vendors/{vendorId}/touchpoints"),
			Endpoint.get("/api/v1/vendors/{vendorId}/touchpoint-types"),
			Endpoint.post("/api/v1/vendors/{vendorId}/touchpoint-types",
					"{\"code\":\"ROADSHOW\",\"name\":\"Roadshow\",\"kind\":\"INDEPENDENT_EVENT\"}"),
			Endpoint.get("/api/v1/vendors/{vendorId}/cadence-norms"),
			Endpoint.put("/api/v1/vendors/{vendorId}/cadence-norms", "{\"CONFERENCE_PER_YEAR\":1}"),
			Endpoint.get("/api/v1/vendors/{vendorId}/cadence?quarter=2026-Q1"),
			Endpoint.get("/api/v1/vendors/{vendorId}/calendar-keywords"),
			Endpoint.put("/api/v1/vendors/{vendorId}/calendar-keywords", "{}"),
			// Issue 13: published calendars; a CAM's own calendar is named by its owner, so outsiders naming one get 404.
			Endpoint.get("/api/v1/calendar-subscriptions"),
			Endpoint.post("/api/v1/calendar-subscriptions",
					"{\"url\":\"https://calendar.example/walk.ics\",\"ownerId\":\"{channelManagerId}\"}"),
			Endpoint.delete("/api/v1/calendar-subscriptions/{calendarSubscriptionId}"),
			Endpoint.post("/api/v1/calendar-subscriptions/{calendarSubscriptionId}/sync", ""),
			Endpoint.post("/api/v1/calendar-subscriptions/{calendarSubscriptionId}/pause", ""),
			Endpoint.post("/api/v1/calendar-subscriptions/{calendarSubscriptionId}/resume", ""),
			Endpoint.get("/api/v1/partnerships/{partnershipId}/engagement?quarter=2026-Q1"),
			Endpoint.get("/api/v1/partnerships/{partnershipId}/engagement/history"),
			Endpoint.get("/api/v1/vendors/{vendorId}/engagement"),
			Endpoint.get("/api/v1/vendors/{vendorId}/engagement/partnerships?sort=vei"),
			Endpoint.get("/api/v1/vendors/{vendorId}/quadrant"),
			Endpoint.get("/api/v1/engagement/vendors"),
			Endpoint.get("/api/v1/engagement/indicators"),
			Endpoint.get("/api/v1/vendors/{vendorId}/engagement/weights"),
			Endpoint.put("/api/v1/vendors/{vendorId}/engagement/weights", "{\"revenue\":3}"),
			Endpoint.post("/api/v1/vendors/{vendorId}/engagement/weights/preview", "{\"revenue\":1}"),
			Endpoint.get("/api/v1/vendors/{vendorId}/engagement/recompute"),
			Endpoint.post("/api/v1/support-cases", "{\"partnershipId\":\"{partnershipId}\",\"channel\":\"PHONE\","
					+ "\"severity\":\"HIGH\",\"subject\":\"Walk\"}"),
			Endpoint.get("/api/v1/support-cases"),
			Endpoint.get("/api/v1/support-cases/{supportCaseId}"),
			Endpoint.post("/api/v1/support-cases/{supportCaseId}/events",
					"{\"type\":\"FIRST_RESPONSE\",\"at\":\"2026-03-10T10:00:00Z\"}"),
			Endpoint.upload("/api/v1/imports/support-cases",
					"external_id,partner_tax_id,channel,severity,subject,opened_at\nWALK-1,{partnerTaxId},PHONE,HIGH,Walk,2026-03-10 10:00\n"),
			Endpoint.get("/api/v1/vendors/{vendorId}/support-metrics"),
			Endpoint.get("/api/v1/vendors/{vendorId}/support-targets"),
			Endpoint.put("/api/v1/vendors/{vendorId}/support-targets",
					"[{\"severity\":\"LOW\",\"firstResponseMinutes\":600,\"resolutionMinutes\":6000}]"),
			Endpoint.post("/api/v1/models/bgnbd/fit", "{\"customers\":[" + String.join(",",
					java.util.Collections.nCopies(5, "{\"x\":2,\"tx\":20,\"T\":39},{\"x\":0,\"tx\":0,\"T\":30}")) + "]}"),
			Endpoint.post("/api/v1/models/bgnbd/predict", "{\"params\":{\"r\":0.243,\"alpha\":4.414,\"a\":0.793,"
					+ "\"b\":2.426},\"horizon\":13,\"customers\":[{\"x\":2,\"tx\":20,\"T\":39}]}"),
			Endpoint.get("/api/v1/partnerships/{partnershipId}/retention"),
			Endpoint.get("/api/v1/partnerships/{partnershipId}/retention/history"),
			Endpoint.get("/api/v1/vendors/{vendorId}/retention"),
			Endpoint.post("/api/v1/vendors/{vendorId}/retention/refit", ""),
			Endpoint.get("/api/v1/vendors/{vendorId}/alerts?status=OPEN,DISMISSED"),
			Endpoint.get("/api/v1/alerts/{alertId}"),
			Endpoint.post("/api/v1/alerts/{alertId}/acknowledge", "{}"),
			Endpoint.post("/api/v1/alerts/{alertId}/resolve", "{\"note\":\"Walk\"}"),
			Endpoint.post("/api/v1/alerts/{alertId}/dismiss", "{\"reason\":\"Walk\"}"),
			Endpoint.post("/api/v1/vendors/{vendorId}/alerts/evaluate", ""),
			Endpoint.post("/api/v1/vendors/{vendorId}/alerts/digest", ""),
			// Issue 13: a person's own inbox; another's notice is 404.
			Endpoint.get("/api/v1/notifications"),
			Endpoint.post("/api/v1/notifications/{notificationId}/read", ""),
			Endpoint.post("/api/v1/notifications/read-all", ""),
			Endpoint.get("/api/v1/notification-preferences"),
			Endpoint.put("/api/v1/notification-preferences", "{\"deliveries\":{\"ALERT\":\"INBOX\"}}"),
			Endpoint.get("/api/v1/surveys"),
			Endpoint.post("/api/v1/surveys", "{\"title\":\"Walk\",\"vendorIds\":[\"{vendorId}\"],\"opensOn\":\"2026-01-01\","
					+ "\"closesOn\":\"2099-01-01\"}"),
			Endpoint.get("/api/v1/surveys/{surveyId}"),
			Endpoint.post("/api/v1/surveys/{surveyId}/close", ""),
			Endpoint.post("/api/v1/surveys/{surveyId}/reminders", ""),
			Endpoint.post("/api/v1/surveys/{surveyId}/responses", "{\"vendorId\":\"{vendorId}\",\"nps\":5}"),
			Endpoint.put("/api/v1/surveys/{surveyId}/responses", "{\"vendorId\":\"{vendorId}\",\"nps\":5}"),
			Endpoint.get("/api/v1/surveys/{surveyId}/responses/mine"),
			Endpoint.get("/api/v1/surveys/{surveyId}/results"),
			Endpoint.get("/api/v1/surveys/{surveyId}/standings"),
			Endpoint.get("/api/v1/report-cards/mine"),
			Endpoint.get("/api/v1/vendors/{vendorId}/self-assessment?surveyId={surveyId}"),
			Endpoint.put("/api/v1/vendors/{vendorId}/self-assessment",
					"{\"surveyId\":\"{surveyId}\",\"ratings\":{\"phone_support\":5}}"),
			Endpoint.get("/api/v1/vendors/{vendorId}/perception-gap?surveyId={surveyId}"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private Map<String, String> target;

	@BeforeAll
	void pickTheTargetVendorsRecords() {
		UUID vendorId = jdbc.sql("select id from organization where slug = 'helix-data-systems'").query(UUID.class).single();
		// A partner that works with this vendor only, so no outsider has a legitimate view of it.
		Map<String, Object> partnership = jdbc.sql("""
				select p.id, p.partner_id, o.tax_id,
				       (select min(d.domain) from organization_domain d where d.organization_id = o.id) as domain
				from partnership p join organization o on o.id = p.partner_id
				where p.vendor_id = ? and p.status = 'ACTIVE'
				and not exists (select 1 from partnership q where q.partner_id = p.partner_id and q.vendor_id <> p.vendor_id)
				order by o.name limit 1""")
			.param(vendorId).query().singleRow();
		UUID chiefId = jdbc.sql("select id from app_user where email = 'chief@helix.example'").query(UUID.class).single();
		UUID camId = jdbc.sql("select id from app_user where email = 'cam1@helix.example'").query(UUID.class).single();
		target = Map.ofEntries(
				Map.entry("vendorId", vendorId.toString()),
				Map.entry("partnershipId", partnership.get("id").toString()),
				Map.entry("partnerId", partnership.get("partner_id").toString()),
				Map.entry("partnerTaxId", partnership.get("tax_id").toString()),
				Map.entry("partnerDomain", partnership.get("domain").toString()),
				Map.entry("channelManagerId", camId.toString()),
				Map.entry("tokenId", tokens.createFor(chiefId, "target of the tenancy walk", null,
						EnumSet.allOf(TokenScope.class)).details().id().toString()),
				Map.entry("touchpointId", aTouchpointOf(vendorId, (UUID) partnership.get("id")).toString()),
				Map.entry("surveyId", aSurveyOf(vendorId, chiefId).toString()),
				Map.entry("supportCaseId", aSupportCaseOf(vendorId, (UUID) partnership.get("id")).toString()),
				Map.entry("alertId", anAlertOf(vendorId, (UUID) partnership.get("id")).toString()),
				Map.entry("calendarSubscriptionId", aCalendarSubscriptionOf(vendorId, chiefId).toString()),
				Map.entry("notificationId", aNotificationOf(vendorId, chiefId).toString()));
	}

	/** A notice in the chief's inbox, read already so the demo's unread count stays as it was. */
	private UUID aNotificationOf(UUID vendorId, UUID chiefId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into notification (organization_id, id, user_id, kind, subject, message_code, arguments, link, delivery,
				                          created_at, read_at)
				values (?, ?, ?, 'SURVEY_WAVE', ?, 'notice.survey.openedRun', '["Walk", "2099-01-01"]', '/surveys', 'INBOX', now(), now())""")
			.params(vendorId, id, chiefId, "walk:" + id).update();
		return id;
	}

	/** A dismissed alert: closed, so it never stands in the way of the live one the demo may hold. */
	private UUID anAlertOf(UUID vendorId, UUID partnershipId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into risk_alert (id, vendor_id, partnership_id, severity, weight, status, raised_on, evaluated_on, signals,
				                        closed_at, closing_note)
				values (?, ?, ?, 'LOW', 2, 'DISMISSED', current_date, current_date,
				        '[{"kind":"RETENTION","figures":["0.40","20"],"urgent":false}]', now(), 'Target of the tenancy walk')""")
			.params(id, vendorId, partnershipId).update();
		return id;
	}

	private UUID aSupportCaseOf(UUID vendorId, UUID partnershipId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into support_case (id, vendor_id, partnership_id, partner_id, channel, severity, subject, opened_at, source)
				select ?, ?, id, partner_id, 'PHONE', 'HIGH', 'Target of the tenancy walk', now() - interval '1 day', 'MANUAL'
				from partnership where id = ?""")
			.params(id, vendorId, partnershipId).update();
		return id;
	}

	private UUID aSurveyOf(UUID vendorId, UUID chiefId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into survey (id, title, run_by, opens_on, closes_on, created_by)
				values (?, 'Target of the tenancy walk', ?, current_date - 1, current_date + 30, ?)""")
			.params(id, vendorId, chiefId).update();
		jdbc.sql("insert into survey_vendor (survey_id, vendor_id) values (?, ?)").params(id, vendorId).update();
		return id;
	}

	/** Inactive, so no poll fetches it; the address is never resolved. */
	private UUID aCalendarSubscriptionOf(UUID vendorId, UUID chiefId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into calendar_subscription (vendor_id, id, url, active, created_at, created_by)
				values (?, ?, 'https://calendar.invalid/tenancy-walk.ics', false, now(), ?)""")
			.params(vendorId, id, chiefId).update();
		return id;
	}

	private UUID aTouchpointOf(UUID vendorId, UUID partnershipId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into touchpoint (id, vendor_id, kind, type_code, occurred_at, title, direction, channel_wide, source)
				values (?, ?, 'CAM_MEETING', 'CAM_MEETING', now(), 'Target of the tenancy walk', 'MUTUAL', false, 'MANUAL')""")
			.params(id, vendorId).update();
		jdbc.sql("""
				insert into touchpoint_partnership (touchpoint_id, partnership_id, vendor_id, occurred_at, kind, direction)
				values (?, ?, ?, now(), 'CAM_MEETING', 'MUTUAL')""")
			.params(id, partnershipId, vendorId).update();
		return id;
	}

	@Test
	void walksEveryApiEndpoint() {
		Set<String> declared = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/v1")) {
					info.getMethodsCondition().getMethods().forEach(m -> declared.add(m.name() + " " + normalise(pattern)));
				}
			}
		}
		Set<String> walked = new TreeSet<>();
		ENDPOINTS.forEach(e -> walked.add(e.method() + " " + normalise(e.path().replaceAll("\\?.*", ""))));
		assertThat(walked).as("endpoints the walk covers").containsAll(declared);
	}

	@Test
	void anotherVendorsUserSeesNothingOfTheVendor() {
		walkAsOutsider(ApiClient.as(port, "chief@corvid.example"));
	}

	@Test
	void aPartnerOfOtherVendorsSeesNothingOfTheVendor() {
		String email = jdbc.sql("""
				select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'PARTNER_ADMIN'
				where not exists (select 1 from partnership p where p.partner_id = u.organization_id and p.vendor_id = ?)
				and exists (select 1 from partnership p where p.partner_id = u.organization_id)
				order by u.email limit 1""")
			.param(UUID.fromString(target.get("vendorId"))).query(String.class).single();
		walkAsOutsider(ApiClient.as(port, email));
	}

	@Test
	void anAnonymousCallerIsAskedToSignIn() {
		ApiClient anonymous = ApiClient.anonymous(port);
		for (Endpoint endpoint : ENDPOINTS) {
			ApiClient.Response response = endpoint.call(anonymous, target);
			assertThat(response.status()).as(endpoint + " → " + response).isEqualTo(401);
			assertThat(response.contentType()).as(endpoint.toString()).startsWith("application/problem+json");
		}
	}

	@Test
	void aWrongPasswordOrTokenIsRefused() {
		assertThat(ApiClient.basic(port, "chief@helix.example", "wrong").get("/api/v1/me").status()).isEqualTo(401);
		assertThat(ApiClient.bearer(port, "rap_not-a-token").get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void theOwnerReachesWhatOutsidersCannot() {
		ApiClient owner = ApiClient.as(port, "chief@helix.example");
		for (Endpoint endpoint : ENDPOINTS) {
			if (endpoint.method().equals("GET") || endpoint.upload()) {
				// A dry run proves the owner's import would be accepted without changing the shared demo data.
				ApiClient.Response response = (endpoint.upload() ? endpoint.dryRun() : endpoint).call(owner, target);
				assertThat(response.status()).as(endpoint + " → " + response).isEqualTo(200);
			}
		}
		assertThat(owner.get(Endpoint.fill("/api/v1/partnerships?q={partnerTaxId}", target)).body())
			.contains(target.get("partnershipId"));
	}

	private void walkAsOutsider(ApiClient outsider) {
		List<String> failures = new ArrayList<>();
		for (Endpoint endpoint : ENDPOINTS) {
			ApiClient.Response response = endpoint.call(outsider, target);
			if (endpoint.upload()) {
				// An upload books data into the caller's own programme: one that names the target's
				// records is refused, any other may be the caller's own business; none says anything of the target.
				boolean allowed = response.status() == 403 || response.status() == 422
						|| (!endpoint.namesTarget() && response.status() == 200);
				if (!allowed) {
					failures.add(endpoint + " answered " + response + ", expected 403 or 422");
				}
				for (String secret : List.of("vendorId", "partnershipId", "partnerId", "tokenId", "touchpointId", "surveyId", "supportCaseId", "alertId", "notificationId")) {
					if (response.body().contains(target.get(secret))) {
						failures.add(endpoint + " revealed the target's " + secret + ": " + response);
					}
				}
				continue;
			}
			if (endpoint.namesTarget()) {
				if (response.status() != 404) {
					failures.add(endpoint + " answered " + response + ", expected 404");
				}
				continue;
			}
			if (response.status() >= 300) {
				failures.add(endpoint + " answered " + response + ", expected the caller's own data");
			}
			for (String secret : List.of("vendorId", "partnershipId", "partnerId", "partnerTaxId", "tokenId", "touchpointId", "surveyId", "supportCaseId", "alertId", "notificationId")) {
				if (response.body().contains(target.get(secret))) {
					failures.add(endpoint + " revealed the target's " + secret + ": " + response);
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	private static String normalise(String path) {
		return path.replaceAll("\\{[^}]+}", "{}");
	}

	/**
	 * @param body a JSON body, or for an upload the file's content
	 */
	record Endpoint(String method, String path, String body, boolean upload) {

		private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{[a-zA-Z]+}");

		static Endpoint get(String path) {
			return new Endpoint("GET", path, "", false);
		}

		static Endpoint post(String path, String body) {
			return new Endpoint("POST", path, body, false);
		}

		static Endpoint put(String path, String body) {
			return new Endpoint("PUT", path, body, false);
		}

		static Endpoint delete(String path) {
			return new Endpoint("DELETE", path, "", false);
		}

		static Endpoint upload(String path, String content) {
			return new Endpoint("POST", path, content, true);
		}

		Endpoint dryRun() {
			return path.contains("dryRun") ? this : new Endpoint(method, path + "?dryRun=true", body, upload);
		}

		/** Whether the path or body names one of the target's records, rather than asking for the caller's own. */
		boolean namesTarget() {
			return PLACEHOLDER.matcher(path.replaceAll("\\?.*", "") + body).find();
		}

		ApiClient.Response call(ApiClient client, Map<String, String> values) {
			if (upload) {
				return client.upload(fill(path, values), "walk.csv",
						fill(body, values).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			}
			return client.send(method, fill(path, values), body.isEmpty() ? null : fill(body, values));
		}

		static String fill(String text, Map<String, String> values) {
			String filled = text;
			for (Map.Entry<String, String> value : values.entrySet()) {
				filled = filled.replace("{" + value.getKey() + "}", value.getValue());
			}
			return filled;
		}

		@Override
		public String toString() {
			return method + " " + path;
		}
	}
}
