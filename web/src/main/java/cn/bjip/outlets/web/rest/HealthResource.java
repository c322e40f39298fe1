package cn.bjip.outlets.web.rest;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Public health: UP (200) only while PostgreSQL answers through the portal's datasource and the Keycloak
 * realm publishes its OpenID configuration; otherwise DOWN (503). The answer says only UP or DOWN per part; what
 * failed, and why, goes to the server log (versions and error texts are not for anyone who asks).
 */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    public record Check(String name, String status) {
    }

    private static final Logger LOG = Logger.getLogger(HealthResource.class.getName());

    public record Health(String status, List<Check> checks) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "portal.oidc.provider-url")
    private String providerUrl;

    @GET
    public Response health() {
        List<Check> checks = List.of(database(), keycloak());
        boolean up = checks.stream().allMatch(c -> c.status().equals("UP"));
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(new Health(up ? "UP" : "DOWN", checks)).build();
    }

    private Check database() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2) ? up("database") : down("database", "the connection is not valid");
        } catch (SQLException e) {
            return down("database", e.getMessage());
        }
    }

    private Check keycloak() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(providerUrl + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(3)).GET().build();
            int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 ? up("keycloak") : down("keycloak", providerUrl + " answered " + status);
        } catch (IOException | IllegalArgumentException e) {
            return down("keycloak", providerUrl + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("keycloak", "interrupted");
        }
    }

    private static Check up(String name) {
        return new Check(name, "UP");
    }

    private static Check down(String name, String why) {
        LOG.warning(() -> "health: " + name + " is down: " + why);
        return new Check(name, "DOWN");
    }
}
