package io.rapport.touchpoints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.rapport.common.DomainRuleException;
import io.rapport.common.tenancy.Capability;
import io.rapport.common.tenancy.Caller;
import io.rapport.common.tenancy.CurrentCaller;

/** The touchpoint types a vendor uses: the base kinds plus its own, each mapped onto a kind. */
@Service
@Transactional(readOnly = true)
public class TouchpointTypes {

	private final JdbcClient jdbc;

	private final io.rapport.organizations.VendorProgrammes programmes;

	TouchpointTypes(JdbcClient jdbc, io.rapport.organizations.VendorProgrammes programmes) {
		this.jdbc = jdbc;
		this.programmes = programmes;
	}

	/** The time zone the vendor's people enter and read times in. */
	public java.time.ZoneId zoneOf(UUID vendorId) {
		CurrentCaller.get().requireOwnVendor(vendorId);
		return programmes.find(vendorId).map(io.rapport.organizations.VendorProgramme::timeZone)
			.orElse(java.time.ZoneId.of("Europe/Warsaw"));
	}

	/** The base kinds, then the vendor's own types. */
	public List<TouchpointType> of(UUID vendorId) {
		CurrentCaller.get().requireOwnVendor(vendorId);
		List<TouchpointType> types = new ArrayList<>();
		for (TouchpointKind kind : TouchpointKind.values()) {
			types.add(new TouchpointType(kind.name(), kind.name(), kind));
		}
		types.addAll(own(vendorId));
		return types;
	}

	/**
	 * Adds or renames one of the caller's vendor's own types.
	 * @throws DomainRuleException when the code is a base kind's
	 */
	@Transactional
	public TouchpointType define(TouchpointType type) {
		Caller caller = CurrentCaller.get();
		caller.require(Capability.RUN_PROGRAMME);
		String code = type.code().trim().toUpperCase(Locale.ROOT);
		if (TouchpointKind.parse(code).isPresent()) {
			throw DomainRuleException.rule("touchpoints.rule.baseKind", code);
		}
		if (!code.matches("[A-Z][A-Z0-9_]{1,59}")) {
			throw DomainRuleException.rule("touchpoints.rule.typeCode");
		}
		jdbc.sql("""
				insert into touchpoint_type (vendor_id, code, name, kind) values (?, ?, ?, ?)
				on conflict (vendor_id, code) do update set name = excluded.name, kind = excluded.kind""")
			.params(caller.organizationId(), code, type.name().trim(), type.kind().name())
			.update();
		return new TouchpointType(code, type.name().trim(), type.kind());
	}

	/** The kind a type code stands for in the vendor's programme, base kinds included. */
	Optional<TouchpointType> resolve(UUID vendorId, String code) {
		return resolve(own(vendorId), code);
	}

	/** The kind a type code stands for among the base kinds and the given own types. */
	static Optional<TouchpointType> resolve(List<TouchpointType> own, String code) {
		Optional<TouchpointKind> base = TouchpointKind.parse(code);
		if (base.isPresent()) {
			return Optional.of(new TouchpointType(base.get().name(), base.get().name(), base.get()));
		}
		String key = code.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		return own.stream().filter(t -> t.code().equals(key)).findFirst();
	}

	List<TouchpointType> own(UUID vendorId) {
		return jdbc.sql("select code, name, kind from touchpoint_type where vendor_id = ? order by code")
			.param(vendorId)
			.query((rs, n) -> new TouchpointType(rs.getString(1), rs.getString(2), TouchpointKind.valueOf(rs.getString(3))))
			.list();
	}
}
