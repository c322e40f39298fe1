package cn.bjip.outlets.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mail the test set-up's SMTP server (GreenMail) received, read through its REST API; usable from the tests'
 * JVM and inside the test server (both get {@code portal.mail.api}).
 */
final class Mailbox {

    private static final String API = System.getProperty("portal.mail.api");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private static final Pattern ACTION_LINK = Pattern.compile("https://[^\\s\"<>]+/login-actions/action-token\\?[^\\s\"<>]+");

    private Mailbox() {
    }

    /** The link of Keycloak's action mail (verification, password reset) to {@code address}; waits up to 30 s for it. */
    static String actionLink(String address) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            for (JsonValue message : messages(address)) {
                Matcher link = ACTION_LINK.matcher(quotedPrintable(message.asJsonObject().getString("mimeMessage")));
                if (link.find()) {
                    return link.group().replace("&amp;", "&");
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no mail with an action link reached " + address);
    }

    /** How many mails to {@code address} carry the portal's reminder header with {@code kind} and {@code event}. */
    static long reminders(String address, String kind, String event) throws IOException, InterruptedException {
        Pattern header = Pattern.compile("^X-Portal-Reminder: " + Pattern.quote(kind + " " + event) + "\\s*$", Pattern.MULTILINE);
        return messages(address).stream().filter(m -> header.matcher(m.asJsonObject().getString("mimeMessage")).find()).count();
    }

    /** {@link #reminders}, waiting up to 60 s for the first such mail (the portal mails every 20 s). */
    static long awaitReminders(String address, String kind, String event) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        long count;
        while ((count = reminders(address, kind, event)) == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        return count;
    }

    private static JsonArray messages(String address) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(API + "/api/user/"
                + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX"))
                .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() == 200 ? Json.createReader(new StringReader(answer.body())).readArray()
                : JsonValue.EMPTY_JSON_ARRAY;
    }

    /** Undoes quoted-printable encoding (soft line breaks, =XX bytes), as mail clients do. */
    private static String quotedPrintable(String text) {
        String joined = text.replace("=\r\n", "").replace("=\n", "");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length() && joined.substring(i + 1, i + 3).matches("[0-9A-F]{2}")) {
                bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
