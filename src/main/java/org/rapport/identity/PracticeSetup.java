package org.rapport.identity;

import java.time.Duration;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.rapport.audit.AuditTrail.Actor;
import org.rapport.platform.ClusterLock;
import org.rapport.platform.RapportDatabase;
import org.rapport.platform.Settings;

/**
 * The first accounts of a practice, on a database that has none: the demo practice in demo mode,
 * otherwise the administrator named by {@code RAPPORT_ADMIN_EMAIL}, who gets a one-time set-up link
 * in the log. Nothing happens on a database that has accounts.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PracticeSetup {

    /** The password of every demo account (never for real data). */
    public static final String DEMO_PASSWORD = "demo-Rapport-2026";

    static final int DEMO_HASH_ITERATIONS = 1_000;
    static final Duration SETUP_LINK_VALIDITY = Duration.ofHours(24);
    private static final Logger LOG = Logger.getLogger(PracticeSetup.class.getName());

    @Inject private AccountService accounts;

    @Inject private OneTimeLinks links;

    @Inject private jakarta.enterprise.event.Event<DemoAccountsCreated> demoAccountsCreated;

    @Inject private Settings settings;

    @jakarta.annotation.Resource(lookup = RapportDatabase.JNDI_NAME)
    private javax.sql.DataSource dataSource;

    /**
     * Without a transaction of its own (the class's attribute does not reach this lifecycle
     * method): each account, and each step of the demo practice, commits as a request's work would.
     */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void setUp() {
        // Instances of a cluster that start together on an empty database: one sets up, the others
        // then
        // find accounts and do nothing (without the lock both loaded the demo practice, and one
        // failed).
        ClusterLock.run(dataSource, "rapport_practice_setup", 600, this::setUpAlone);
    }

    private void setUpAlone() {
        if (accounts.count() > 0) {
            return;
        }
        if (settings.demoMode()) {
            try {
                loadDemoPractice();
            } catch (RuntimeException e) {
                // each step committed on its own: what was entered stays, and a database with
                // accounts is not
                // loaded again, so say plainly how to start over
                LOG.log(
                        java.util.logging.Level.SEVERE,
                        "The demo practice could not be loaded completely; the"
                                + " database now holds part of it. Start again on an empty database (drop and create it,"
                                + " or for the embedded one delete RAPPORT_DATA_DIR's mariadb-data).",
                        e);
                throw e;
            }
        } else if (settings.adminEmail().isPresent()) {
            createFirstAdministrator(settings.adminEmail().get());
        } else {
            LOG.warning(
                    "There are no accounts yet. Set RAPPORT_ADMIN_EMAIL to the practice administrator's email"
                            + " and restart: Rapport then prints a one-time link to set the password.");
        }
    }

    private void createFirstAdministrator(String email) {
        String name = email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
        Account admin = accounts.create(email, name, Role.ADMIN, Actor.anonymous("(first start)"));
        String token = links.create(admin.getId(), OneTimeLinks.Purpose.SETUP, SETUP_LINK_VALIDITY);
        LOG.warning(
                () ->
                        "First start: administrator "
                                + admin.getEmail()
                                + " created. Set the password within "
                                + SETUP_LINK_VALIDITY.toHours()
                                + " hours, once, at "
                                + settings.baseUrl()
                                + "/account/set-password.xhtml?token="
                                + token);
    }

    private void loadDemoPractice() {
        long started = System.nanoTime();
        Account admin = demoAccount("admin@rapport.demo", "Robin Park", Role.ADMIN);
        Account morgan = demoAccount("morgan@rapport.demo", "Morgan Lee", Role.COUNSELOR);
        Account jordan = demoAccount("jordan@rapport.demo", "Jordan Reyes", Role.COUNSELOR);
        // the clients' portal accounts come from their counselors' invitations (see
        // demo.DemoClients)
        demoAccountsCreated.fire(
                new DemoAccountsCreated(
                        java.util.Map.of(
                                admin.getEmail(),
                                admin,
                                morgan.getEmail(),
                                morgan,
                                jordan.getEmail(),
                                jordan)));
        LOG.warning(
                () ->
                        String.format(
                                "DEMO MODE: demo practice loaded in %d ms. Sign in as %s, %s, %s, %s, %s"
                                        + " or %s with the password %s. Never put real client data into a demo practice.",
                                (System.nanoTime() - started) / 1_000_000,
                                admin.getEmail(),
                                morgan.getEmail(),
                                jordan.getEmail(),
                                "alex@rapport.demo",
                                "sam@rapport.demo",
                                "taylor@rapport.demo",
                                DEMO_PASSWORD));
    }

    /**
     * A staff account of the demo. Its password is published (README), so its hash protects
     * nothing; it is stored with {@value #DEMO_HASH_ITERATIONS} iterations because the demo's
     * counselors confirm it for every note they sign while the demo loads (some fifty times, a
     * third of a second each at full strength). The first sign-in stores it at full strength, as
     * for any weaker stored hash.
     */
    private Account demoAccount(String email, String name, Role role) {
        return accounts.createWithPasswordHash(
                email, name, role, PasswordHasher.hash(DEMO_PASSWORD, DEMO_HASH_ITERATIONS));
    }
}
