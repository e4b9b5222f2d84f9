package org.rapport.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void twelveToOneHundredTwentyEightCharacters() {
        assertTrue(
                PasswordPolicy.problem("eleven char", null).orElseThrow().contains("at least 12"));
        assertEquals(Optional.empty(), PasswordPolicy.problem("tulip kettle ferry", null));
        assertEquals(
                Optional.empty(), PasswordPolicy.problem("k".repeat(64) + "x".repeat(64), null));
        assertTrue(
                PasswordPolicy.problem("k".repeat(129), null)
                        .orElseThrow()
                        .contains("at most 128"));
        assertTrue(PasswordPolicy.problem("", null).isPresent());
        assertTrue(PasswordPolicy.problem(null, null).isPresent());
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertTrue(
                PasswordPolicy.problem("qwertyuiop123", null)
                        .orElseThrow()
                        .contains("commonly used"));
        assertTrue(
                PasswordPolicy.problem("QwertyUiop123", null)
                        .orElseThrow()
                        .contains("commonly used"));
        assertTrue(PasswordPolicy.problem("123456789012", null).isPresent());
    }

    @Test
    void theEmailIsNotAPassword() {
        assertTrue(PasswordPolicy.problem("alex@example.org!", "Alex@example.org").isPresent());
    }
}
