package io.rapport.organizations;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The people a vendor puts on its partnerships. Users live in the identity module, which
 * implements this; organisations only hold their ids.
 */
public interface ChannelPeople {

	/** The people with the given ids; unknown ids are absent from the map. */
	Map<UUID, Person> find(Collection<UUID> ids);

	/** The vendor's enabled people who may be named on its partnerships, by name: a CAM picker's choices. */
	List<Person> namable(UUID vendorId);

	/** Whether the user works for the vendor and may be named on its partnerships. */
	boolean worksFor(UUID userId, UUID vendorId);
}
