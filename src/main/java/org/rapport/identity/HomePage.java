package org.rapport.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Sends whoever opens Rapport's address to where they start. */
@Named
@RequestScoped
public class HomePage {

    @Inject private CurrentUser currentUser;

    public String go() {
        return currentUser.account().map(a -> Home.of(a.getRole())).orElse("/login")
                + "?faces-redirect=true";
    }
}
