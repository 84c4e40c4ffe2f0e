package io.rapport.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import io.rapport.ApiClient;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;
import io.rapport.common.tenancy.Role;
import io.rapport.identity.NewUser;
import io.rapport.identity.UserDirectory;
import io.rapport.identity.UserView;
import io.rapport.organizations.PartnershipManagement;

/**
 * A programme of its own with two CAMs: twelve partnerships selling every week for two years, of
 * which one (the first CAM's) stopped fifteen weeks ago and stopped coming to trainings, and one
 * (the second CAM's) stopped coming to trainings while its certification runs out. The next
 * evaluation raises a high alert for the first and a low one for the second (as in the alert tests).
 */
public record AtRiskProgramme(Programme programme, String firstCam, String secondCam, Partner quitter, Partner lapsing) {

	public static AtRiskProgramme build(String name, TestProgrammes programmes, UserDirectory users,
			PartnershipManagement partnerships, int port) {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
		Programme programme = programmes.vendor(name);
		String domain = programme.chiefEmail().substring(programme.chiefEmail().indexOf('@') + 1);
		UserView first = users.register(new NewUser(programme.vendorId(), "cam1@" + domain, "Anna Opiekun", "demo", null,
				Set.of(Role.CHANNEL_MANAGER)));
		UserView second = users.register(new NewUser(programme.vendorId(), "cam2@" + domain, "Bartek Drugi", "demo", null,
				Set.of(Role.CHANNEL_MANAGER)));
		StringBuilder sales = new StringBuilder("external_id,partner_tax_id,closed_on,amount,currency,category\n");
		StringBuilder touchpoints = new StringBuilder("external_id,type,occurred_at,title,partner_tax_id\n");
		for (int i = 0; i < 12; i++) {
			Partner partner = programmes.partner(programme, "Gold", today.minusYears(3));
			LocalDate last = i == 0 ? today.minusWeeks(15) : today.minusDays(1 + i % 6);
			for (LocalDate day = today.minusYears(2).plusDays(i % 7); !day.isAfter(last); day = day.plusDays(7)) {
				sales.append("IN-%d-%s,%s,%s,100.00,PLN,PRODUCT\n".formatted(i, day, partner.taxId(), day));
			}
			if (i == 0 || i == 1) {
				for (int weeks = 76; weeks >= 30; weeks -= 6) {
					touchpoints.append("IN-T-%d-%d,TRAINING,%s 10:00,Szkolenie,%s\n".formatted(i, weeks, today.minusWeeks(weeks),
							partner.taxId()));
				}
			}
			if (i == 1) {
				touchpoints.append("IN-C-1,CERTIFICATION,%s 12:00,Certyfikat,%s\n".formatted(today.minusWeeks(100), partner.taxId()));
			}
			if (i >= 3) {
				for (LocalDate day = today.minusWeeks(60); day.isBefore(today); day = day.plusDays(30)) {
					touchpoints.append("IN-M-%d-%s,CAM_MEETING,%s 09:00,QBR,%s\n".formatted(i, day, day, partner.taxId()));
				}
			}
		}
		Partner quitter = programme.partners().get(0);
		Partner lapsing = programme.partners().get(1);
		TestProgrammes.as(programme.chief(), () -> partnerships.assignChannelManager(quitter.partnershipId(), first.id()));
		TestProgrammes.as(programme.chief(), () -> partnerships.assignChannelManager(lapsing.partnershipId(), second.id()));
		ApiClient chief = ApiClient.as(port, programme.chiefEmail());
		assertThat(chief.upload("/api/v1/imports/sales", "sales.csv", sales.toString().getBytes(StandardCharsets.UTF_8)).status())
			.isEqualTo(200);
		ApiClient.Response imported = chief.upload("/api/v1/imports/touchpoints", "touchpoints.csv",
				touchpoints.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		return new AtRiskProgramme(programme, first.email(), second.email(), quitter, lapsing);
	}

	/** Reads the programme's signs now, as the chief's "evaluate" does. */
	public ApiClient.Response evaluate(int port) {
		return ApiClient.as(port, programme.chiefEmail()).post("/api/v1/vendors/" + programme.vendorId() + "/alerts/evaluate", "");
	}
}
