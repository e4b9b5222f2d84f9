package org.rapport.identity;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** Rapport's accounts as a Jakarta Security identity store: it accepts sign-in tickets only. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject private AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof SignInTicket ticket)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.redeem(ticket)
                .map(
                        account ->
                                new CredentialValidationResult(
                                        account.getEmail(), Set.of(account.getRole().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
