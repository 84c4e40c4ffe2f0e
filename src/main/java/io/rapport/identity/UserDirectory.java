package io.rapport.identity;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.DomainRuleException;
import io.rapport.common.NotFoundException;
import io.rapport.organizations.ChannelPeople;
import io.rapport.organizations.Person;

/**
 * Users of every organisation. Also tells the organisations module who the people on a
 * partnership are, without it reading the users' table.
 */
@Service
@Transactional(readOnly = true)
public class UserDirectory implements ChannelPeople {

	private final UserAccounts accounts;

	private final PasswordEncoder passwords;

	private final JdbcClient jdbc;

	UserDirectory(UserAccounts accounts, PasswordEncoder passwords, JdbcClient jdbc) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.jdbc = jdbc;
	}

	/**
	 * Creates a user with a hashed password.
	 * @throws DomainRuleException when the e-mail address is taken
	 */
	@Transactional
	public UserView register(NewUser user) {
		return register(user, passwords.encode(user.password()));
	}

	/** Creates a user whose password was hashed already, e.g. many demo users sharing one password. */
	@Transactional
	public UserView register(NewUser user, String passwordHash) {
		if (accounts.findByEmail(user.email().trim().toLowerCase()).isPresent()) {
			throw DomainRuleException.rule("identity.rule.emailTaken", user.email());
		}
		try {
			return accounts.save(UserAccount.create(user.organizationId(), user.email(), user.name(), passwordHash,
					user.seniority(), user.roles())).view();
		}
		catch (DuplicateKeyException ex) {
			throw DomainRuleException.rule("identity.rule.emailTaken", user.email());
		}
	}

	/** Hashes a password the way stored passwords are hashed. */
	public String hash(String password) {
		return passwords.encode(password);
	}

	/** The user with the e-mail address, if any. Unscoped: for resolving a known address, never for showing people. */
	public java.util.Optional<UserView> findByEmail(String email) {
		return accounts.findByEmail(email.trim().toLowerCase()).map(UserAccount::view);
	}

	public UserView get(UUID id) {
		return accounts.findById(id).map(UserAccount::view).orElseThrow(() -> new NotFoundException("user", id));
	}

	@Override
	public Map<UUID, Person> find(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select id, name, email from app_user where id in (:ids)")
			.param("ids", ids)
			.query((rs, n) -> new Person(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
			.list().stream()
			.collect(Collectors.toMap(Person::id, Function.identity()));
	}

	@Override
	public java.util.List<Person> namable(UUID vendorId) {
		return jdbc.sql("""
				select u.id, u.name, u.email from app_user u
				where u.organization_id = ? and u.enabled
				and exists (select 1 from user_role r where r.user_id = u.id
				            and r.role in ('VENDOR_ADMIN', 'CHANNEL_MANAGER', 'VENDOR_EXECUTIVE'))
				order by lower(u.name), u.email""")
			.param(vendorId)
			.query((rs, n) -> new Person(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
			.list();
	}

	@Override
	public boolean worksFor(UUID userId, UUID vendorId) {
		return jdbc.sql("""
				select exists (select 1 from app_user u join user_role r on r.user_id = u.id
				where u.id = ? and u.organization_id = ? and u.enabled
				and r.role in ('VENDOR_ADMIN', 'CHANNEL_MANAGER', 'VENDOR_EXECUTIVE'))""")
			.params(userId, vendorId).query(Boolean.class).single();
	}

	/** The enabled people of the organisations. Unscoped: for writing to them, never for showing them to others. */
	public java.util.List<Member> membersOf(Collection<UUID> organizationIds) {
		if (organizationIds.isEmpty()) {
			return java.util.List.of();
		}
		return jdbc.sql("""
				select id, organization_id, email, name from app_user where enabled and organization_id in (:organizations)
				order by organization_id, email""")
			.param("organizations", organizationIds)
			.query((rs, n) -> new Member(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	/** The enabled people of the organisation holding the role. Unscoped: for writing to them. */
	public java.util.List<Member> withRole(UUID organizationId, io.rapport.common.tenancy.Role role) {
		return jdbc.sql("""
				select u.id, u.organization_id, u.email, u.name from app_user u join user_role r on r.user_id = u.id
				where u.enabled and u.organization_id = ? and r.role = ? order by u.email""")
			.params(organizationId, role.name())
			.query((rs, n) -> new Member(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	/**
	 * The seniority of an organisation's people by e-mail (lower case), for reading who was present
	 * at a meeting. Unscoped: the caller imports into its own organisation.
	 */
	public Map<String, Seniority> seniorityByEmail(UUID organizationId) {
		Map<String, Seniority> seniority = new java.util.HashMap<>();
		jdbc.sql("select lower(email), seniority from app_user where organization_id = ? and seniority is not null")
			.param(organizationId)
			.query(rs -> {
				seniority.put(rs.getString(1), Seniority.valueOf(rs.getString(2)));
			});
		return seniority;
	}
}
