package cn.bjip.outlets.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the Keycloak realm that signs users in publishes its OpenID configuration. */
@Readiness
@ApplicationScoped
public class KeycloakHealthCheck implements HealthCheck {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    @ConfigProperty(name = "portal.oidc.provider-url", defaultValue = "http://localhost:8180/realms/ip-outlets")
    private String providerUrl;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("keycloak").withData("realm", providerUrl);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(providerUrl + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(3)).GET().build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return response.status(status == 200).withData("status", status).build();
        } catch (IOException | IllegalArgumentException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().build();
        }
    }
}
