package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.platform.Download;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A stored document as an HTTP download: never rendered inline, never sniffed into another type. */
final class Downloads {

    private Downloads() {
    }

    static Response attachment(Download download) {
        String name = URLEncoder.encode(download.document().fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(download.bytes(), download.document().mediaType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + name)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
