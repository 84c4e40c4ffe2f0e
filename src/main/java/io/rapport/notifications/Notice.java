package io.rapport.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One notice in a person's inbox.
 *
 * @param code the message code its text is rendered from, in the reader's language
 * @param arguments the message's arguments: names, numbers, ISO dates and codes, never English text
 * @param link where in the product it leads, a path such as {@code /alerts/…}
 * @param mailed whether it went out by e-mail (on its own or in a digest)
 */
public record Notice(UUID id, NoticeKind kind, String code, List<String> arguments, String link, Instant createdAt,
		boolean read, boolean mailed) {

	public Notice {
		arguments = List.copyOf(arguments);
	}
}
