package cn.bjip.outlets.web.view;

import cn.bjip.outlets.outlet.BeijingDistrict;
import cn.bjip.outlets.outlet.DirectoryService;
import cn.bjip.outlets.outlet.ListedOutlet;
import cn.bjip.outlets.platform.DateWords;
import cn.bjip.outlets.platform.PageResult;
import cn.bjip.outlets.supervision.Dashboard;
import cn.bjip.outlets.supervision.DashboardService;
import cn.bjip.outlets.web.LocaleSwitcher;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.ResourceBundle;

/** The network dashboard for the office and the center: figures and charts, with links down to the lists. */
@Named
@RequestScoped
public class DashboardView {

    @EJB
    private DashboardService dashboards;

    @Inject
    private NetworkTypes types;

    @Inject
    private LocaleSwitcher locale;

    @EJB
    private DirectoryService directory;

    private Dashboard dashboard;
    private String outlet;

    @PostConstruct
    void load() {
        dashboard = dashboards.network();
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    public String getByTypeChart() {
        List<String> ids = List.copyOf(dashboard.listedByType().keySet());
        return ChartJson.bar(ids.stream().map(types::name).toList(), text("dashboard.byType"),
                ids.stream().map(dashboard.listedByType()::get).toList());
    }

    public String getByDistrictChart() {
        List<String> districts = List.copyOf(dashboard.listedByDistrict().keySet());
        return ChartJson.bar(districts.stream().map(d -> BeijingDistrict.valueOf(d).label().in(locale.getLocale())).toList(),
                text("dashboard.byDistrict"), districts.stream().map(dashboard.listedByDistrict()::get).toList());
    }

    public String getLedgerChart() {
        return ChartJson.bar(dashboard.ledgers().stream().map(l -> types.name(l.networkType())).toList(),
                text("dashboard.ledgersSubmitted"), dashboard.ledgers().stream().map(Dashboard.LedgerCount::percent).toList());
    }

    public String getTrendChart() {
        return ChartJson.bar(dashboard.trend().stream().map(q -> DateWords.quarter(q.year(), q.quarter(), locale.getLocale())).toList(),
                text("dashboard.trend"), dashboard.trend().stream().map(Dashboard.QuarterRecords::records).toList());
    }

    /** The listed outlets one can drill down to. */
    public List<ListedOutlet> getOutlets() {
        return directory.listed(DirectoryService.Filter.none(), 0, PageResult.MAX_SIZE).rows();
    }

    public String getOutlet() {
        return outlet;
    }

    public void setOutlet(String outlet) {
        this.outlet = outlet;
    }

    /** Down to one outlet: its figures and charts. */
    public String drill() {
        return outlet == null ? null : "/app/metrics?faces-redirect=true&outlet=" + outlet;
    }

    private static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return bundle.getString(key);
    }
}
