package cn.bjip.outlets.platform;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Keycloak's admin REST API for the realm the portal signs in with, called as one of the portal's service-account
 * clients. Each client holds only the admin roles of its task (realm file): {@code portal-events} reads events,
 * {@code portal-accounts} binds accounts to outlets. Not a bean: the services that use it check the caller first.
 */
public final class KeycloakAdmin {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private final String realmUrl;
    private final String adminUrl;
    private final String clientId;
    private final String secret;
    private String token;

    private KeycloakAdmin(String clientId, String secret) {
        this.realmUrl = System.getProperty("portal.oidc.provider-url");
        this.adminUrl = realmUrl.replace("/realms/", "/admin/realms/");
        this.clientId = clientId;
        this.secret = secret;
    }

    /** The client named by system property {@code portal.keycloak.<task>-client}, with its secret ({@code -secret}). */
    public static KeycloakAdmin forTask(String task, String defaultClient) {
        return new KeycloakAdmin(System.getProperty("portal.keycloak." + task + "-client", defaultClient),
                System.getProperty("portal.keycloak." + task + "-secret", ""));
    }

    public static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** GET {@code path} (under the realm's admin URL): its JSON. */
    public JsonStructure get(String path) throws IOException, InterruptedException {
        return Json.createReader(new StringReader(send("GET", path, null).body())).read();
    }

    /** {@code method} with {@code body} (JSON, or none) to {@code path}; refused answers throw. */
    public HttpResponse<String> send(String method, String path, JsonValue body) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher content = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.toString());
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(adminUrl + path))
                .timeout(Duration.ofSeconds(5)).header("Authorization", "Bearer " + token())
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .method(method, content).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IOException(method + " " + path + " answered " + answer.statusCode());
        }
        return answer;
    }

    private String token() throws IOException, InterruptedException {
        if (token == null) {
            String form = "grant_type=client_credentials&client_id=" + encoded(clientId) + "&client_secret=" + encoded(secret);
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                    .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IOException("Keycloak refused client " + clientId + ": " + answer.statusCode());
            }
            token = Json.createReader(new StringReader(answer.body())).readObject().getString("access_token");
        }
        return token;
    }
}
