package io.rapport.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import io.rapport.ApiClient;
import io.rapport.TestProgrammes;
import io.rapport.TestProgrammes.Partner;
import io.rapport.TestProgrammes.Programme;
import io.rapport.WalkingAwayHistory;
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
		for (int i = 0; i < 12; i++) {
			programmes.partner(programme, "Gold", today.minusYears(3));
		}
		Partner quitter = programme.partners().get(0);
		Partner lapsing = programme.partners().get(1);
		TestProgrammes.as(programme.chief(), () -> partnerships.assignChannelManager(quitter.partnershipId(), first.id()));
		TestProgrammes.as(programme.chief(), () -> partnerships.assignChannelManager(lapsing.partnershipId(), second.id()));
		WalkingAwayHistory.importFor(ApiClient.as(port, programme.chiefEmail()), "IN", programme.partners(), today, 3);
		return new AtRiskProgramme(programme, first.email(), second.email(), quitter, lapsing);
	}

	/** Reads the programme's signs now, as the chief's "evaluate" does. */
	public ApiClient.Response evaluate(int port) {
		return ApiClient.as(port, programme.chiefEmail()).post("/api/v1/vendors/" + programme.vendorId() + "/alerts/evaluate", "");
	}
}
