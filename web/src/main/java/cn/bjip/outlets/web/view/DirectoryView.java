package cn.bjip.outlets.web.view;

import cn.bjip.outlets.outlet.Announcement;
import cn.bjip.outlets.outlet.BeijingDistrict;
import cn.bjip.outlets.outlet.DirectoryService;
import cn.bjip.outlets.outlet.IpField;
import cn.bjip.outlets.outlet.ListedOutlet;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The public directory page and the list-change announcements: no login. */
@Named
@ViewScoped
public class DirectoryView implements Serializable {

    @EJB
    private DirectoryService directory;

    private String networkType;
    private BeijingDistrict district;
    private IpField ipField;
    private String name;
    private PagedModel<ListedOutlet> model;
    private final PagedModel<Announcement> announcements =
            new PagedModel<>((first, size) -> directory.announcements(first, size));

    @PostConstruct
    public void search() {
        DirectoryService.Filter filter = new DirectoryService.Filter(networkType, district, ipField, name);
        model = new PagedModel<>((first, size) -> directory.listed(filter, first, size));
    }

    /** The same filter as query parameters, for the CSV and JSON links. */
    public String getQuery() {
        StringBuilder query = new StringBuilder();
        append(query, "type", networkType);
        append(query, "district", district == null ? null : district.name());
        append(query, "ipField", ipField == null ? null : ipField.name());
        append(query, "name", name);
        return query.toString();
    }

    private static void append(StringBuilder query, String key, String value) {
        if (value != null && !value.isBlank()) {
            query.append(query.isEmpty() ? "?" : "&").append(key).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public PagedModel<ListedOutlet> getModel() {
        return model;
    }

    public PagedModel<Announcement> getAnnouncements() {
        return announcements;
    }

    public List<BeijingDistrict> getDistricts() {
        return List.of(BeijingDistrict.values());
    }

    public List<IpField> getIpFields() {
        return List.of(IpField.values());
    }

    public String getNetworkType() {
        return networkType;
    }

    public void setNetworkType(String networkType) {
        this.networkType = networkType;
    }

    public BeijingDistrict getDistrict() {
        return district;
    }

    public void setDistrict(BeijingDistrict district) {
        this.district = district;
    }

    public IpField getIpField() {
        return ipField;
    }

    public void setIpField(IpField ipField) {
        this.ipField = ipField;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
