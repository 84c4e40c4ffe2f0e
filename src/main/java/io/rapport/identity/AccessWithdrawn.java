package io.rapport.identity;

import java.util.UUID;

/**
 * A person's existing sign-ins must stop: they were deactivated or erased, their password changed, or
 * their roles did. Their sessions on every node end and their tokens stop working when this is
 * published (inside the transaction that made the change).
 *
 * @param userId the person
 * @param email their address, which names their sessions
 * @param reason why
 */
public record AccessWithdrawn(UUID userId, String email, Reason reason) {

	public enum Reason { DEACTIVATED, ERASED, PASSWORD_CHANGED, ROLES_CHANGED, SIGNED_OUT_EVERYWHERE }
}
