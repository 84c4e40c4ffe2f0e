package io.rapport.touchpoints;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether Rapport may fetch a calendar from an address a user typed. Only http and https,
 * and — unless {@code rapport.calendar.allow-private-hosts} says otherwise — only hosts whose every
 * address lies on the public internet: a subscription must not let a user make the server read
 * its own loopback, the cloud's metadata service (169.254.169.254) or the private network it runs in.
 *
 * <p>Design note: the host is resolved here and again by the HTTP client when it connects, so a
 * name whose DNS answer changes between the two (rebinding) is not caught; each redirect target is
 * checked the same way before it is followed.
 */
class HostGuard {

	private final boolean allowPrivateHosts;

	HostGuard(boolean allowPrivateHosts) {
		this.allowPrivateHosts = allowPrivateHosts;
	}

	/** Why the address may not be fetched, or empty when it may. */
	Optional<SyncProblem> refusal(URI uri) {
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			return Optional.of(SyncProblem.of("touchpoints.calendars.error.scheme", scheme));
		}
		String host = uri.getHost();
		if (host == null || host.isBlank()) {
			return Optional.of(SyncProblem.of("touchpoints.calendars.error.url"));
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(host);
		}
		catch (UnknownHostException | SecurityException ex) {
			return Optional.of(SyncProblem.of("touchpoints.calendars.error.unknownHost", host));
		}
		if (!allowPrivateHosts) {
			for (InetAddress address : addresses) {
				if (isPrivate(address)) {
					return Optional.of(SyncProblem.of("touchpoints.calendars.error.privateHost", host));
				}
			}
		}
		return Optional.empty();
	}

	/** Loopback, link-local, site-local, any-local, multicast, and the IPv4 and IPv6 ranges no public server uses. */
	static boolean isPrivate(InetAddress address) {
		if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = b[0] & 0xff;
			int second = b[1] & 0xff;
			// 0.0.0.0/8 "this network", 100.64.0.0/10 carrier-grade NAT, 192.0.0.0/24 protocol assignments, 240.0.0.0/4 reserved and broadcast.
			return first == 0 || (first == 100 && (second & 0xc0) == 64) || (first == 192 && second == 0 && (b[2] & 0xff) == 0)
					|| first >= 240;
		}
		if (address instanceof Inet6Address v6) {
			// fc00::/7 unique local addresses.
			if ((b[0] & 0xfe) == 0xfc) {
				return true;
			}
			// An IPv4 address carried inside IPv6 (::a.b.c.d, or 64:ff9b::a.b.c.d through NAT64) is judged as that IPv4 address.
			boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12);
			if (v6.isIPv4CompatibleAddress() || nat64) {
				try {
					return isPrivate(InetAddress.getByAddress(new byte[] { b[12], b[13], b[14], b[15] }));
				}
				catch (UnknownHostException ex) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean allZero(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return true;
	}
}
