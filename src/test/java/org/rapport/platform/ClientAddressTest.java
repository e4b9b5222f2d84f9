package org.rapport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> LOOPBACK = Set.copyOf(ClientAddress.DEFAULT_TRUSTED);

    @Test
    void fromTheProxyTheRightMostAddressThatIsNotAProxyIsTheClient() {
        assertEquals("203.0.113.5", ClientAddress.of("127.0.0.1", "203.0.113.5", LOOPBACK));
        assertEquals(
                "198.51.100.2",
                ClientAddress.of("127.0.0.1", "6.6.6.6, 198.51.100.2", LOOPBACK),
                "what the client wrote on the left is not believed");
        assertEquals("2001:db8::7", ClientAddress.of("::1", " 2001:db8::7 ", LOOPBACK));
        assertEquals(
                "198.51.100.2",
                ClientAddress.of(
                        "10.0.0.10", "198.51.100.2, 10.0.0.9", Set.of("10.0.0.10", "10.0.0.9")),
                "a chain of trusted proxies is skipped");
    }

    @Test
    void theHeaderIsIgnoredUnlessTheConnectionComesFromATrustedProxy() {
        assertEquals("192.0.2.8", ClientAddress.of("192.0.2.8", "203.0.113.5", LOOPBACK));
        assertEquals("192.0.2.8", ClientAddress.of("192.0.2.8", null, LOOPBACK));
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", null, LOOPBACK));
    }

    @Test
    void aGarbledHeaderLeavesTheProxysAddress() {
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", "<script>", LOOPBACK));
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", "unknown, 203.0.113.5x", LOOPBACK));
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", "300.1.1.1", LOOPBACK));
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", "", LOOPBACK));
        assertEquals(
                "127.0.0.1",
                ClientAddress.of("127.0.0.1", "127.0.0.1", LOOPBACK),
                "only proxies in the chain");
    }
}
