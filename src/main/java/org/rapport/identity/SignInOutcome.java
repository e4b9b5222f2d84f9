package org.rapport.identity;

/**
 * How a password check went. Callers show one message for every failure: it must not tell them
 * apart.
 */
public sealed interface SignInOutcome {

    /** The password is right; the account may still need its second factor. */
    record PasswordAccepted(long accountId, boolean secondFactorNeeded, boolean secondFactorToEnrol)
            implements SignInOutcome {}

    /**
     * Too many sign-ins at once (from everyone, or from one network address): try again in a
     * moment.
     */
    record Busy() implements SignInOutcome {}

    /** Wrong email or password, a locked or disabled account: all look the same from outside. */
    record Refused() implements SignInOutcome {}
}
