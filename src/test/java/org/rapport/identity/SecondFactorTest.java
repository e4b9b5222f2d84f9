package org.rapport.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

class SecondFactorTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Test
    void acceptsTheCurrentCodeAndOneStepOfDriftNotMore() throws Exception {
        Instant now = Instant.parse("2026-11-22T10:00:15Z");
        long step = now.getEpochSecond() / 30;
        assertEquals(step, SecondFactor.step(SECRET, code(now), now));
        assertEquals(step - 1, SecondFactor.step(SECRET, code(now.minusSeconds(30)), now));
        assertEquals(step + 1, SecondFactor.step(SECRET, code(now.plusSeconds(30)), now));
        assertEquals(-1, SecondFactor.step(SECRET, code(now.minusSeconds(90)), now));
    }

    @Test
    void malformedCodesAreRefused() {
        Instant now = Instant.now();
        assertEquals(-1, SecondFactor.step(SECRET, "12345", now));
        assertEquals(-1, SecondFactor.step(SECRET, "abcdef", now));
        assertEquals(-1, SecondFactor.step(SECRET, null, now));
        assertEquals(-1, SecondFactor.step(null, "123456", now));
    }

    @Test
    void recoveryCodesAreTenUnambiguousCharacters() {
        for (int i = 0; i < 50; i++) {
            String code = SecondFactor.newRecoveryCode();
            assertTrue(code.matches("[A-HJ-NP-Z2-9]{10}"), code);
        }
        assertEquals(64, SecondFactor.hashRecoveryCode("ABCDE23456").length());
    }

    private static String code(Instant at) throws Exception {
        TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();
        return String.format(
                "%06d",
                totp.generateOneTimePassword(
                        new SecretKeySpec(new Base32().decode(SECRET), totp.getAlgorithm()), at));
    }
}
