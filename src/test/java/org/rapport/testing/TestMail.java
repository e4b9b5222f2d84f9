package org.rapport.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP server (GreenMail) inside the test run: Rapport sends its e-mail here. */
public final class TestMail {

    private static GreenMail server;
    private static int port;

    private TestMail() {}

    static synchronized void start() {
        if (server == null) {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    static int port() {
        return port;
    }

    /** The text of the newest message to this address, waiting up to 10 seconds for it. */
    public static String newestTo(String address) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            Optional<MimeMessage> message =
                    Arrays.stream(server.getReceivedMessages())
                            .filter(m -> recipient(m).equalsIgnoreCase(address))
                            .reduce((first, second) -> second);
            if (message.isPresent()) {
                return GreenMailUtil.getBody(message.get())
                        .replace("=\r\n", "")
                        .replace("=3D", "=");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No e-mail to " + address);
    }

    /**
     * The text of a message to this address that arrived after the first {@code seen}, waiting up
     * to 10 seconds.
     */
    public static String nextTo(String address, long seen) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline && countTo(address) <= seen) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (countTo(address) <= seen) {
            throw new AssertionError("No new e-mail to " + address);
        }
        return newestTo(address);
    }

    public static long countTo(String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> recipient(m).equalsIgnoreCase(address))
                .count();
    }

    /** How many messages to this address have a subject that starts with {@code subject}. */
    public static long countTo(String address, String subject) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> recipient(m).equalsIgnoreCase(address))
                .filter(m -> subject(m).startsWith(subject))
                .count();
    }

    /** The set-password link in a message, as a path within Rapport. */
    public static String linkIn(String text) {
        Matcher link =
                Pattern.compile(
                                "https?://[^/\\s]+/(account/set-password\\.xhtml\\?token=[A-Za-z0-9_-]+)")
                        .matcher(text);
        if (!link.find()) {
            throw new AssertionError("No set-password link in:\n" + text);
        }
        return link.group(1);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            return "";
        }
    }
}
