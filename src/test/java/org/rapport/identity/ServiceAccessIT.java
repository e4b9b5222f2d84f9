package org.rapport.identity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.audit.AuditFilter;
import org.rapport.audit.AuditQuery;
import org.rapport.clients.CaseloadQuery;
import org.rapport.clients.Client;
import org.rapport.clients.ClientDetails;
import org.rapport.clients.ClientService;
import org.rapport.clients.Confidentiality;
import org.rapport.clients.Couple;
import org.rapport.clients.CoupleDetails;
import org.rapport.clients.CoupleService;
import org.rapport.clients.EditConflict;
import org.rapport.clients.InvalidRecord;
import org.rapport.clients.RelationshipType;
import org.rapport.platform.Mailer;

/**
 * Every service operation on client data and administration, called inside the application as each
 * kind of caller: the services themselves refuse, whatever page (or none) calls them.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceAccessIT {

    /*
     * allow  the operation works
     * 404    the record is reported as not there
     * deny   refused outright (SecurityException)
     * "allow" for a change means the caller got past the access checks: the test sends a stale version
     * or input the service refuses (EditConflict, InvalidRecord), so the data stays as it is.
     */
    private static final String[] CALLERS = {"clientA", "counselorX", "counselorY", "admin"};
    private static final String TABLE = """
            operation                          | clientA | counselorX | counselorY | admin
            ClientService.find(A)              | allow   | allow      | 404        | allow
            ClientService.find(B)              | 404     | 404        | allow      | allow
            ClientService.ownRecord            | allow   | 404        | 404        | 404
            ClientService.caseloadPage has A   | 404     | allow      | 404        | allow
            ClientService.inviteToPortal(B)    | 404     | 404        | allow      | allow
            ClientService.chart(A)             | 404     | allow      | 404        | allow
            ClientService.update(A)            | deny    | allow      | 404        | allow
            ClientService.changeStatus(A)      | deny    | allow      | 404        | allow
            ClientService.exportCaseload       | deny    | allow      | allow      | allow
            ClientService.anonymize(C)         | deny    | deny       | deny       | allow
            CoupleService.find(A+A2)           | allow   | allow      | 404        | allow
            CoupleService.update(A+A2)         | deny    | allow      | 404        | allow
            CoupleService.end(A+A2)            | deny    | allow      | 404        | allow
            AuditQuery.find                    | deny    | deny       | deny       | allow
            AuditQuery.count                   | deny    | deny       | deny       | allow
            StaffService.list                  | deny    | deny       | deny       | allow
            StaffService.invite                | deny    | deny       | deny       | allow
            """;

    @Deployment
    static WebArchive rapport() {
        return ShrinkWrap.create(ZipImporter.class, "rapport.war")
                .importFrom(new File(System.getProperty("rapport.war", "target/rapport.war")))
                .as(WebArchive.class);
    }

    @Inject
    private HttpServletRequest request;

    @Inject
    private AccountService accounts;

    @Inject
    private ClientService clients;

    @Inject
    private AuditQuery audit;

    @Inject
    private StaffService staff;

    @Inject
    private CoupleService couples;

    @Test
    void everyCallerGetsWhatTheTableSays() {
        String run = String.valueOf(System.nanoTime());
        Map<String, Account> callers = new LinkedHashMap<>();
        Account counselorX = account("x" + run, Role.COUNSELOR);
        Account counselorY = account("y" + run, Role.COUNSELOR);
        Account clientA = account("a" + run, Role.CLIENT);
        callers.put("clientA", clientA);
        callers.put("counselorX", counselorX);
        callers.put("counselorY", counselorY);
        callers.put("admin", account("admin" + run, Role.ADMIN));
        Client a = clients.createForDemo("Client A " + run, null, clientA.getEmail(), counselorX, clientA);
        Client b = clients.createForDemo("Client B " + run, null, "b" + run + "@test.invalid", counselorY, null);
        Client a2 = clients.createForDemo("Client A2 " + run, null, null, counselorX, null);
        Client c = clients.createForDemo("Client C " + run, null, null, counselorY, null);
        request.setAttribute(CurrentUser.ACCOUNT_ATTRIBUTE, counselorX);
        CoupleDetails coupleDetails = new CoupleDetails();
        coupleDetails.setPartnerOneId(a.getId());
        coupleDetails.setPartnerTwoId(a2.getId());
        coupleDetails.setRelationshipType(RelationshipType.DATING);
        coupleDetails.setConfidentiality(Confidentiality.NO_SECRETS);
        Couple couple = couples.create(coupleDetails);

        Map<String, Supplier<Object>> operations = new LinkedHashMap<>();
        operations.put("ClientService.find(A)", () -> clients.find(a.getId()));
        operations.put("ClientService.find(B)", () -> clients.find(b.getId()));
        operations.put("ClientService.ownRecord", () -> clients.ownRecord());
        operations.put("ClientService.caseloadPage has A", () -> clients.caseloadPage(CaseloadQuery.everyone(), 0, 100)
                .stream().filter(row -> row.client().getId().equals(a.getId())).findFirst());
        operations.put("ClientService.inviteToPortal(B)", () -> clients.inviteToPortal(b.getId()));
        operations.put("ClientService.chart(A)", () -> clients.chart(a.getId()));
        operations.put("ClientService.update(A)", () -> clients.update(a.getId(), -1, new ClientDetails()));
        operations.put("ClientService.changeStatus(A)", () -> clients.changeStatus(a.getId(), null, null, null));
        operations.put("ClientService.exportCaseload", () -> {
            try {
                return clients.exportCaseload(CaseloadQuery.everyone(), new java.io.StringWriter());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        operations.put("ClientService.anonymize(C)", () -> {
            clients.anonymize(c.getId());
            return "done";
        });
        operations.put("CoupleService.find(A+A2)", () -> couples.find(couple.getId()));
        operations.put("CoupleService.update(A+A2)", () -> couples.update(couple.getId(), -1, coupleDetails));
        operations.put("CoupleService.end(A+A2)", () -> couples.end(couple.getId(), java.time.LocalDate.of(1999, 1, 1)));
        operations.put("AuditQuery.find", () -> audit.find(AuditFilter.NONE, 0, 10));
        operations.put("AuditQuery.count", () -> audit.count(AuditFilter.NONE));
        operations.put("StaffService.list", () -> staff.list());
        operations.put("StaffService.invite", () -> staff.invite("New Person", "n" + System.nanoTime() + "@test.invalid",
                Role.COUNSELOR));

        List<String> wrong = new ArrayList<>();
        for (String line : TABLE.lines().skip(1).filter(l -> !l.isBlank()).toList()) {
            String[] cells = line.split("\\|");
            String operation = cells[0].strip();
            for (int i = 0; i < CALLERS.length; i++) {
                request.setAttribute(CurrentUser.ACCOUNT_ATTRIBUTE, callers.get(CALLERS[i]));
                String actual = outcome(operations.get(operation));
                String expected = cells[i + 1].strip();
                if (!expected.equals(actual)) {
                    wrong.add(CALLERS[i] + " calling " + operation + ": expected " + expected + ", got " + actual);
                }
            }
        }
        request.removeAttribute(CurrentUser.ACCOUNT_ATTRIBUTE);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static String outcome(Supplier<Object> operation) {
        try {
            Object result = operation.get();
            return result instanceof Optional<?> optional && optional.isEmpty() ? "404" : "allow";
        } catch (SecurityException e) {
            return "deny";
        } catch (EditConflict | InvalidRecord e) {
            return "allow"; // past the access checks, stopped by the stale version or the input
        } catch (Mailer.MailNotSent e) {
            return "allow"; // got past the checks; this server has no mail server
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof SecurityException) {
                return "deny";
            }
            if (cause instanceof Mailer.MailNotSent) {
                return "allow";
            }
            return "error: " + cause;
        }
    }

    private Account account(String name, Role role) {
        return accounts.createWithPasswordHash(name + "@test.invalid", name, role, null);
    }
}
