package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.outlet.Announcement;
import cn.bjip.outlets.outlet.BeijingDistrict;
import cn.bjip.outlets.outlet.DirectoryService;
import cn.bjip.outlets.outlet.IpField;
import cn.bjip.outlets.outlet.ListedOutlet;
import cn.bjip.outlets.platform.PageResult;
import cn.bjip.outlets.plugin.PluginService;
import cn.bjip.outlets.web.export.Csv;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The public outlet directory and list-change announcements, for reuse without login: JSON and CSV. */
@Path("public")
public class DirectoryResource {

    private static final int CSV_PAGE = 200;

    private static final List<String> CSV_TITLES_ZH = List.of("网点编码", "网点名称", "英文名称", "网点类型", "所在区", "地址", "服务类别",
            "联系电话", "电子邮箱", "主要服务", "服务时间", "认定日期", "有效期至");
    private static final List<String> CSV_TITLES_EN = List.of("Code", "Name (Chinese)", "Name (English)", "Network type", "District", "Address",
            "IP fields", "Phone", "E-mail", "Main services", "Service hours", "Accredited on", "Valid until");

    @EJB
    private DirectoryService directory;

    @EJB
    private PluginService plugins;

    @GET
    @Path("directory")
    @Produces(MediaType.APPLICATION_JSON)
    public PageResult<ListedOutlet> directory(@QueryParam("type") String type, @QueryParam("district") BeijingDistrict district,
                                              @QueryParam("ipField") IpField ipField, @QueryParam("name") String name,
                                              @QueryParam("first") @DefaultValue("0") int first,
                                              @QueryParam("size") @DefaultValue("50") int size) {
        return directory.listed(new DirectoryService.Filter(type, district, ipField, name), first, size);
    }

    /** One listed outlet by its code (404 if it is not listed today). */
    @GET
    @Path("directory/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    public ListedOutlet entry(@PathParam("code") String code) {
        return directory.listedOne(code);
    }

    /**
     * The whole filtered directory as CSV (UTF-8 with BOM, so that Excel shows the Chinese), read page by page: in
     * Chinese, or with {@code ?lang=en} in English (titles, types,
     * districts and IP fields).
     */
    @GET
    @Path("directory.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@QueryParam("type") String type, @QueryParam("district") BeijingDistrict district,
                        @QueryParam("ipField") IpField ipField, @QueryParam("name") String name,
                        @QueryParam("lang") @DefaultValue("zh") String lang) {
        Locale locale = Csv.locale(lang);
        boolean english = locale == Locale.ENGLISH;
        DirectoryService.Filter filter = new DirectoryService.Filter(type, district, ipField, name);
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            writer.write(String.join(",", english ? CSV_TITLES_EN : CSV_TITLES_ZH) + "\r\n");
            for (int first = 0; ; first += CSV_PAGE) {
                PageResult<ListedOutlet> page = directory.listed(filter, first, CSV_PAGE);
                for (ListedOutlet o : page.rows()) {
                    writer.write(String.join(",", Csv.cells(o.code(), o.name(), o.nameEn(),
                            plugins.find(o.networkType()).map(p -> p.name().in(locale)).orElse(o.networkType()),
                            o.district().label().in(locale), o.address(),
                            o.ipFields().stream().sorted().map(f -> f.label().in(locale)).collect(Collectors.joining(english ? "; " : "、")),
                            o.phone(), o.email(), o.mainServices(), o.serviceHours(), String.valueOf(o.accreditedOn()),
                            String.valueOf(o.validUntil()))) + "\r\n");
                }
                if (page.rows().size() < CSV_PAGE) {
                    break;
                }
            }
            writer.flush();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=outlet-directory"
                + (english ? "-en" : "") + ".csv").build();
    }

    @GET
    @Path("announcements")
    @Produces(MediaType.APPLICATION_JSON)
    public PageResult<Announcement> announcements(@QueryParam("first") @DefaultValue("0") int first,
                                                @QueryParam("size") @DefaultValue("50") int size) {
        return directory.announcements(first, size);
    }
}
