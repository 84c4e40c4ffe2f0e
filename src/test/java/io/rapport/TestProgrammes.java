package io.rapport;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import io.rapport.common.TaxId;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CallerPrincipal;
import io.rapport.common.tenancy.Role;
import io.rapport.identity.NewUser;
import io.rapport.identity.Seniority;
import io.rapport.identity.UserDirectory;
import io.rapport.identity.UserView;
import io.rapport.organizations.NewOrganization;
import io.rapport.organizations.NewPartnership;
import io.rapport.organizations.OrganizationDirectory;
import io.rapport.organizations.OrganizationKind;
import io.rapport.organizations.OrganizationView;
import io.rapport.organizations.PartnershipManagement;
import io.rapport.organizations.PartnershipView;
import io.rapport.organizations.VendorProgrammes;

/**
 * Builds small programmes of their own for tests that need exact, hand-computable data beside
 * the demo: a vendor with a chief and partners with valid NIPs, all through the modules' APIs.
 */
@Component
public class TestProgrammes {

	private static int sequence = 0;

	private final OrganizationDirectory organizations;

	private final VendorProgrammes programmes;

	private final PartnershipManagement partnerships;

	private final UserDirectory users;

	TestProgrammes(OrganizationDirectory organizations, VendorProgrammes programmes, PartnershipManagement partnerships,
			UserDirectory users) {
		this.organizations = organizations;
		this.programmes = programmes;
		this.partnerships = partnerships;
		this.users = users;
	}

	/** A vendor with a calendar fiscal year, tiers Registered < Silver < Gold < Platinum and a chief. */
	public Programme vendor(String name) {
		int n = next();
		OrganizationView vendor = organizations.register(new NewOrganization(OrganizationKind.VENDOR, name + " " + n, "PL",
				"Warszawa", null, List.of("test-vendor-" + n + ".example")));
		programmes.define(vendor.id(), 1, ZoneId.of("Europe/Warsaw"), "PLN",
				List.of("Registered", "Silver", "Gold", "Platinum"));
		String email = "chief@test-vendor-" + n + ".example";
		UserView chief = users.register(new NewUser(vendor.id(), email, "Test Chief " + n, "demo", Seniority.EXECUTIVE,
				Set.of(Role.VENDOR_ADMIN)));
		return new Programme(vendor.id(), email, new Caller(chief.id(), email, chief.name(), vendor.id(),
				Set.of(Role.VENDOR_ADMIN)), new ArrayList<>());
	}

	/** A new partner organisation in the vendor's programme, with an admin user {@code admin@<domain>}. */
	public Partner partner(Programme programme, String tier, LocalDate since) {
		int n = next();
		String nip = nip(n);
		String domain = "test-partner-" + n + ".pl";
		PartnershipView partnership = as(programme.chief(), () -> partnerships.start(new NewPartnership(null,
				new NewOrganization(OrganizationKind.PARTNER, "Test Partner " + n + " sp. z o.o.", "PL", "Opole", nip,
						List.of(domain)), tier, since, null, null)));
		users.register(new NewUser(partnership.partner().id(), "admin@" + domain, "Admin " + n, "demo", null,
				Set.of(Role.PARTNER_ADMIN)));
		Partner partner = new Partner(partnership.id(), partnership.partner().id(), partnership.partner().name(), nip,
				"admin@" + domain);
		programme.partners().add(partner);
		return partner;
	}

	/** Ends a partnership as the vendor's chief. */
	public void end(Programme programme, Partner partner, LocalDate on) {
		as(programme.chief(), () -> partnerships.end(partner.partnershipId(), on));
	}

	public static <T> T as(Caller caller, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		CallerPrincipal principal = () -> caller;
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private static synchronized int next() {
		return ++sequence + (int) (ProcessHandle.current().pid() % 1000) * 1000;
	}

	private static String nip(int n) {
		for (int i = 0;; i++) {
			String nip = TaxId.completeNip(String.format("9%08d", n * 10 + i));
			if (nip != null) {
				return nip;
			}
		}
	}

	public record Programme(UUID vendorId, String chiefEmail, Caller chief, List<Partner> partners) {
	}

	public record Partner(UUID partnershipId, UUID partnerId, String name, String taxId, String adminEmail) {
	}
}
