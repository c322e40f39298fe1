package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The health endpoint that operators and the run command watch. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @Test
    @DisplayName("the public health endpoint reports the database and Keycloak, both UP, without login")
    void readyWithDatabaseAndKeycloak() throws Exception {
        HttpResponse<String> response = Portal.get("api/health", null);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = Portal.json(response.body());
        Map<String, String> checks = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
        assertEquals(Map.of("database", "UP", "keycloak", "UP"), checks);
        assertEquals("UP", health.getString("status"));
        assertFalse(response.body().contains("PostgreSQL") || response.body().contains("http"),
                "no versions or addresses for the public: " + response.body());
    }
}
