package org.rapport.identity;

import jakarta.security.enterprise.credential.Credential;

/**
 * Proof, valid for one use within a minute, that a person passed every sign-in step (password, and
 * the second factor where needed). The sign-in page hands it to the container's authentication.
 */
public record SignInTicket(String value) implements Credential {}
