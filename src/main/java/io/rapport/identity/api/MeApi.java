package io.rapport.identity.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;
import io.rapport.common.tenancy.Role;
import io.rapport.organizations.OrganizationDirectory;
import io.rapport.organizations.OrganizationKind;
import io.rapport.organizations.OrganizationView;

@RestController
@Tag(name = "Identity", description = "Who you are, and your API tokens")
class MeApi {

	private final OrganizationDirectory organizations;

	MeApi(OrganizationDirectory organizations) {
		this.organizations = organizations;
	}

	@GetMapping("/api/v1/me")
	@Operation(summary = "The signed-in user, its organisation and roles")
	Me me() {
		Caller caller = CurrentCaller.get();
		OrganizationView organization = organizations.find(caller.organizationId());
		return new Me(caller.userId(), caller.email(), caller.name(),
				new Me.Organization(organization.id(), organization.name(), organization.kind()),
				caller.roles().stream().sorted().toList());
	}

	record Me(UUID id, String email, String name, Organization organization, List<Role> roles) {

		record Organization(UUID id, String name, OrganizationKind kind) {
		}
	}
}
