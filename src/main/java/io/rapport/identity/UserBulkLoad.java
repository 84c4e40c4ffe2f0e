package io.rapport.identity;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.db.CopyWriter;
import io.rapport.common.tenancy.Role;

/**
 * Loads users in bulk with COPY, for the demo's benchmark scales. All of them share one password
 * hash: bcrypt is slow on purpose, far too slow to run tens of thousands of times at start-up.
 */
@Service
public class UserBulkLoad {

	private final DataSource dataSource;

	UserBulkLoad(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	public record User(UUID id, UUID organizationId, String email, String name, Seniority seniority, Role role) {
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void users(List<User> users, String passwordHash) {
		CopyWriter rows = CopyWriter.open(dataSource, "app_user", "id, organization_id, email, name, password_hash, seniority");
		for (User u : users) {
			rows.field(u.id()).field(u.organizationId()).field(u.email()).field(u.name()).field(passwordHash)
				.field(u.seniority()).endRow();
		}
		rows.finish();
		CopyWriter roles = CopyWriter.open(dataSource, "user_role", "user_id, role");
		for (User u : users) {
			roles.field(u.id()).field(u.role()).endRow();
		}
		roles.finish();
	}
}
