package org.rapport.platform;

import java.util.Properties;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends e-mail through the SMTP server in {@code RAPPORT_SMTP_*}. Messages carry no clinical
 * content, only what the recipient needs (a link to sign in or set a password).
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject private Settings settings;

    /** Thrown when mail cannot be sent; the message says why in words for the person who tried. */
    public static class MailNotSent extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MailNotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public boolean isConfigured() {
        return settings.smtpHost().isPresent();
    }

    /** Whether {@link #send} delivers anything: a mail server, or the demo practice's log. */
    public boolean canDeliver() {
        return isConfigured() || settings.demoMode();
    }

    public void send(String to, String subject, String text) {
        if (!isConfigured()) {
            if (settings.demoMode()) {
                // demo practice only: no mail server, so the message goes to the log instead
                LOG.warning(
                        () ->
                                "DEMO MODE, no mail server (RAPPORT_SMTP_HOST): mail to "
                                        + to
                                        + " - "
                                        + subject
                                        + "\n"
                                        + text);
                return;
            }
            throw new MailNotSent(
                    "E-mail is not set up for this practice (RAPPORT_SMTP_HOST), so nothing was sent."
                            + " Ask your administrator.",
                    null);
        }
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.smtpHost().get());
        properties.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.smtpStartTls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(settings.smtpStartTls()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        Authenticator authenticator = null;
        if (settings.smtpUser().isPresent()) {
            properties.put("mail.smtp.auth", "true");
            String user = settings.smtpUser().get();
            String password = settings.smtpPassword().orElse("");
            authenticator =
                    new Authenticator() {
                        @Override
                        protected PasswordAuthentication getPasswordAuthentication() {
                            return new PasswordAuthentication(user, password);
                        }
                    };
        }
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(properties, authenticator));
            message.setFrom(new InternetAddress(settings.mailFrom()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            message.setSubject(subject, "UTF-8");
            message.setText(text, "UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.warning(() -> "Mail to " + to + " not sent: " + e.getMessage());
            throw new MailNotSent(
                    "The e-mail could not be sent just now. Please try again in a few minutes.", e);
        }
    }
}
