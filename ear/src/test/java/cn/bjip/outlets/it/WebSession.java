package cn.bjip.outlets.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's browser session over plain HTTP: cookies kept, redirects not followed, signed in through Keycloak's own
 * sign-in form (the authorization code flow the pages use, not the password grant).
 */
final class WebSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern OTP_FORM = Pattern.compile("<form[^>]*id=\"kc-otp-login-form\"[^>]*action=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    /** A session signed in as {@code username}, or an anonymous one for {@code null}. */
    static WebSession as(String username) throws IOException, InterruptedException {
        WebSession session = new WebSession();
        if (username != null) {
            session.signIn(username);
        }
        return session;
    }

    private void signIn(String username) throws IOException, InterruptedException {
        HttpResponse<String> answer = get(Portal.BASE + "app/home.xhtml");
        String location = answer.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "no redirect to sign-in: " + answer.statusCode()));
        HttpResponse<String> page = get(location);
        Matcher form = LOGIN_FORM.matcher(page.body());
        if (!form.find()) {
            throw new IllegalStateException("no sign-in form at " + location + ": " + page.statusCode());
        }
        String action = form.group(1).replace("&amp;", "&");
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(Portal.PASSWORD, StandardCharsets.UTF_8) + "&credentialId="))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> answered = Totp.required(username) ? oneTimeCode(signedIn, username) : signedIn;
        String next = answered.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "Keycloak did not sign " + username + " in: " + answered.statusCode()));
        for (int hop = 0; hop < 5 && next != null; hop++) {
            HttpResponse<String> back = get(next);
            next = back.statusCode() / 100 == 3 ? back.headers().firstValue("Location").map(l -> absolute(l)).orElse(null) : null;
            if (back.statusCode() == 200) {
                return;
            }
        }
        throw new IllegalStateException("the portal did not take the sign-in of " + username);
    }

    /** Answers Keycloak's one-time-code form with the account's current code. */
    private HttpResponse<String> oneTimeCode(HttpResponse<String> page, String username)
            throws IOException, InterruptedException {
        Matcher form = OTP_FORM.matcher(page.body());
        if (!form.find()) {
            throw new IllegalStateException("no one-time-code form for " + username + ": " + page.statusCode());
        }
        return http.send(HttpRequest.newBuilder(URI.create(form.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("otp=" + Totp.nextCode(username))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String absolute(String location) {
        return location.startsWith("http") ? location : Portal.BASE + location.replaceFirst("^/", "");
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(absolute(url))).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html,application/xhtml+xml").header("Accept-Language", "zh-CN").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends {@code request} with this session's cookies (and nothing else that would authenticate it). */
    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
