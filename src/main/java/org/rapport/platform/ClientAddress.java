package org.rapport.platform;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The network address of the person making a request, as the audit trail and the sign-in limits see
 * it.
 *
 * <p>Behind nginx every request reaches Rapport from the proxy's address; nginx names the client in
 * {@code X-Forwarded-For}. That header is believed only when the request comes from a trusted proxy
 * ({@code RAPPORT_TRUSTED_PROXIES}, loopback by default: nginx on the same machine), and then the
 * address taken is the right-most one that is not itself a trusted proxy: a client can put anything
 * on the left of the header, but not on the right of what its own proxy appended. A request from
 * anywhere else is taken at its connection's address, whatever it claims.
 */
public final class ClientAddress {

    /** nginx on the same machine, the deployment deploy/README.md describes. */
    public static final List<String> DEFAULT_TRUSTED =
            List.of("127.0.0.1", "::1", "0:0:0:0:0:0:0:1");

    private static final Pattern IPV4 =
            Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]{2,45}");

    private ClientAddress() {}

    /**
     * @param peer the connection's address ({@code request.getRemoteAddr()})
     * @param forwardedFor the {@code X-Forwarded-For} header, or null
     * @param trusted the proxies whose header is believed
     */
    public static String of(String peer, String forwardedFor, Set<String> trusted) {
        if (peer == null || forwardedFor == null || !trusted.contains(normal(peer))) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!looksLikeAnAddress(hop)) {
                return peer; // a garbled header: keep what is known for certain
            }
            if (!trusted.contains(normal(hop))) {
                return hop;
            }
        }
        return peer;
    }

    static String normal(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    static boolean looksLikeAnAddress(String value) {
        var v4 = IPV4.matcher(value);
        if (v4.matches()) {
            for (int g = 1; g <= 4; g++) {
                if (Integer.parseInt(v4.group(g)) > 255) {
                    return false;
                }
            }
            return true;
        }
        return value.indexOf(':') >= 0 && IPV6.matcher(value).matches();
    }
}
