package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import cn.bjip.outlets.plugin.spi.RecordForm;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** RS-2: a retried {@code POST /api/records} with the same Idempotency-Key stores one record and answers it again. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("RS-2")
class IdempotencyIT {

    private static final LocalDate DAY = LocalDate.of(2016, 2, 3);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RealEar.load();
    }

    @Test
    @DisplayName("RS-2 the same key sent again, also five times at once, stores one record and answers it each time; without a key each post stores; a key reused for other content or malformed is refused, naming the header; keys are the caller's own")
    void retriesStoreOnce() throws Exception {
        Portal.ensureOutlet("park", "北京示例科技园区知识产权服务网点");
        Portal.ensureLibraryOutlet();
        String staff = Portal.token("park-staff");
        String body = body("park", 0);
        long before = stored(staff); // another run's records of the day, on a database kept between runs

        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = post(staff, body, key);
        assertEquals(201, first.statusCode(), first.body());
        HttpResponse<String> again = post(staff, body, key);
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(id(first), id(again), "the first answer");
        assertEquals(first.headers().firstValue("Location"), again.headers().firstValue("Location"));

        String together = UUID.randomUUID().toString();
        String other = body("park", 1);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                answers.add(pool.submit((Callable<HttpResponse<String>>) () -> post(staff, other, together)));
            }
            Set<Long> ids = answers.stream().map(f -> {
                try {
                    HttpResponse<String> answer = f.get();
                    assertEquals(201, answer.statusCode(), answer.body());
                    return id(answer);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.toSet());
            assertEquals(1, ids.size(), "five retries at once, one record: " + ids);
        } finally {
            pool.shutdown();
        }
        assertEquals(before + 2, stored(staff), "one record per key");

        assertEquals(201, post(staff, body, null).statusCode());
        assertEquals(201, post(staff, body, null).statusCode());
        assertEquals(before + 4, stored(staff), "without a key, each post is a new record");

        HttpResponse<String> reused = post(staff, other, key);
        assertEquals(400, reused.statusCode(), reused.body());
        assertTrue(reused.body().contains("Idempotency-Key"), reused.body());
        assertEquals(400, post(staff, body, "x".repeat(101)).statusCode());
        assertEquals(400, post(staff, body, "with a space").statusCode());
        assertEquals(before + 4, stored(staff), "refused requests store nothing");

        HttpResponse<String> library = post(Portal.token("library-staff"), body("library", 2), key);
        assertEquals(201, library.statusCode(), library.body());
        assertNotEquals(id(first), id(library), "another caller's key is its own");
    }

    private static String body(String type, int n) {
        RecordForm form = ServiceLoader.load(NetworkTypePlugin.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.id().equals(type)).findFirst().orElseThrow().recordForms().get(0);
        return Json.createObjectBuilder(SampleRecords.json(SampleRecords.sample(form, 800 + n), DAY))
                .add("summary", "重试测试 " + n).build().toString();
    }

    private static HttpResponse<String> post(String token, String body, String key) throws Exception {
        HttpRequest.Builder request = Portal.request("api/records", token).header("Content-Type", "application/json")
                .header("Accept-Language", "zh-CN").POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return Portal.send(request.build());
    }

    private static long id(HttpResponse<String> answer) {
        return Portal.json(answer.body()).getJsonNumber("id").longValue();
    }

    private static long stored(String token) throws Exception {
        JsonObject page = Portal.json(Portal.get("api/records?from=" + DAY + "&to=" + DAY + "&size=0", token).body());
        return page.getJsonNumber("total").longValue();
    }
}
