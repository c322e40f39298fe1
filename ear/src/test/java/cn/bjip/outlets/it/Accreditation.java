package cn.bjip.outlets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Steps of the accreditation procedure over the REST API, shared by the accreditation tests. */
final class Accreditation {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private Accreditation() {
    }

    /** Opens a round for {@code year} that takes applications on the test server's today. */
    static long openRound(int year) throws IOException, InterruptedException {
        LocalDate today = Portal.TODAY;
        String body = """
                {"year":%d,"title":"%d 年度北京网点认定","applicationOpens":"%s","applicationCloses":"%s",
                 "reviewDeadline":"%s","scoringDeadline":"%s","aggregation":"MEAN","expertsPerApplication":2,
                 "passScore":60}""".formatted(year, year, today.minusDays(1), today.plusDays(30), today.plusDays(40),
                today.plusDays(50));
        HttpResponse<String> response = Portal.postJson("api/rounds", Portal.token("center"), body, "zh-CN");
        assertEquals(201, response.statusCode(), response.body());
        return Portal.json(response.body()).getJsonNumber("id").longValue();
    }

    /** Puts an expert on the panel, unless already there. */
    static void ensureExpert(String username, String name, String affiliation) throws IOException, InterruptedException {
        HttpResponse<String> response = Portal.postJson("api/experts", Portal.token("center"),
                "{\"username\":\"%s\",\"name\":\"%s\",\"affiliation\":\"%s\"}".formatted(username, name, affiliation), "en");
        if (response.statusCode() != 201 && !response.body().contains("already on the panel")) {
            throw new IllegalStateException(response.body());
        }
    }

    /** The content of an application that meets every Art. 4 condition in a round of {@code year}. */
    static String eligibleContent(String nameZh, int year) {
        return """
                {"nameZh":"%s","nameEn":"Test institution","networkType":"university","district":"HAIDIAN",
                 "address":"北京市海淀区学院路 37 号","principal":"李明","contactPhone":"010-82310000",
                 "contactEmail":"ip@test-university.example.cn","mainServices":"专利检索、查新与分析",
                 "ipFields":["PATENT","TRADEMARK"],
                 "resources":[{"ipField":"PATENT","kind":"DATABASE","name":"incoPat"},
                              {"ipField":"PATENT","kind":"ANALYSIS_TOOL","name":"Innography"},
                              {"ipField":"TRADEMARK","kind":"DATABASE","name":"中国商标网"},
                              {"ipField":"TRADEMARK","kind":"SEARCH_TOOL","name":"商标检索系统"}],
                 "team":[{"name":"王一","title":"研究馆员","fullTime":true,"experienceYears":8},
                         {"name":"王二","title":"馆员","fullTime":true,"experienceYears":4},
                         {"name":"王三","title":"馆员","fullTime":true,"experienceYears":2},
                         {"name":"王四","title":"研究生助理","fullTime":false,"experienceYears":0}],
                 "workSystem":"《知识产权信息服务工作规范》及服务登记制度","facilitySite":"服务大厅 200 平方米",
                 "facilityNetwork":"千兆校园网","facilityHardware":"检索终端 20 台","facilitySoftware":"专利分析软件",
                 "activity":[%s,%s,%s]}""".formatted(nameZh, activity(year - 3), activity(year - 2), activity(year - 1));
    }

    private static String activity(int year) {
        return "{\"year\":%d,\"informationQuery\":120,\"informationSearch\":80,\"affairsConsultation\":40,\"publicTraining\":6,\"policyPromotion\":10}"
                .formatted(year);
    }

    static JsonObject start(String applicant, long round, String content) throws IOException, InterruptedException {
        HttpResponse<String> response = Portal.postJson("api/applications?round=" + round, Portal.token(applicant), content, "zh-CN");
        assertEquals(201, response.statusCode(), response.body());
        return Portal.json(response.body());
    }

    static HttpResponse<String> upload(String token, long application, String name, byte[] bytes)
            throws IOException, InterruptedException {
        return uploadTo(token, "api/applications/" + application + "/documents", name, bytes);
    }

    /** Posts a file's bytes to {@code path} with its name, as the upload endpoints take them. */
    static HttpResponse<String> uploadTo(String token, String path, String name, byte[] bytes)
            throws IOException, InterruptedException {
        return Portal.send(Portal.request(path + "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8), token)
                .header("Content-Type", "application/octet-stream").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    static JsonObject application(String token, long id) throws IOException, InterruptedException {
        HttpResponse<String> response = Portal.get("api/applications/" + id, token);
        assertEquals(200, response.statusCode(), response.body());
        return Portal.json(response.body());
    }

    static long version(String token, long id) throws IOException, InterruptedException {
        return application(token, id).getJsonNumber("version").longValue();
    }

    static HttpResponse<String> post(String path, String token, String body) throws IOException, InterruptedException {
        return Portal.postJson(path, token, body, "en");
    }

    /** Submits the application as its applicant, with the version it has now. */
    static HttpResponse<String> submit(String applicant, long id) throws IOException, InterruptedException {
        String token = Portal.token(applicant);
        return post("api/applications/" + id + "/submit?version=" + version(token, id), token, "");
    }

    static String fullScores(int team, int resources, int activity, int system, int facilities, boolean submit) {
        return """
                {"items":[{"itemKey":"team","score":%d,"comment":"团队结构合理"},{"itemKey":"resources","score":%d},
                 {"itemKey":"activity","score":%d},{"itemKey":"system","score":%d},{"itemKey":"facilities","score":%d}],
                 "remarks":"建议认定","submit":%s}""".formatted(team, resources, activity, system, facilities, submit);
    }
}
