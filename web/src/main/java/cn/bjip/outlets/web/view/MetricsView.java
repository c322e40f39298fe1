package cn.bjip.outlets.web.view;

import cn.bjip.outlets.outlet.OutletService;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.NotFound;
import cn.bjip.outlets.record.MetricReport;
import cn.bjip.outlets.record.MetricService;
import cn.bjip.outlets.record.ReportPeriod;
import cn.bjip.outlets.web.Allowed;
import cn.bjip.outlets.web.LocaleSwitcher;
import cn.bjip.outlets.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Metrics of one outlet (outlet staff: always their own), one network type or the whole network, for a year,
 * quarter or month chosen on the page. Scope and period live in the URL, so a view can be bookmarked and shared.
 */
@Named
@ViewScoped
public class MetricsView implements Serializable {

    @EJB
    private MetricService metrics;

    @EJB
    private OutletService outlets;

    @Inject
    private Allowed allowed;

    @Inject
    private LocaleSwitcher locale;

    @Inject
    private NetworkTypes types;

    @Inject
    private Clock clock;

    private String period;
    private String type;
    private String outlet;
    private ReportPeriod.Granularity granularity = ReportPeriod.Granularity.YEAR;
    private int year;
    private int part = 1;
    private MetricReport report;

    public void load() {
        try {
            ReportPeriod chosen = ReportPeriod.parse(period == null ? String.valueOf(thisYear()) : period);
            period = chosen.name();
            granularity = chosen.granularity();
            year = chosen.year();
            part = chosen.part();
            if (allowed.get("outlet.OutletService.myOutlet")) {
                outlet = outlets.myOutlet().code();
            }
            report = outlet != null && !outlet.isBlank() ? metrics.forOutlet(outlet, chosen, null)
                    : type != null && !type.isBlank() ? metrics.forNetworkType(type, chosen, null)
                    : metrics.forNetwork(chosen, null);
        } catch (NotFound missing) {
            throw missing; // not there, or not the caller's: the portal's 404 page
        } catch (BusinessRuleViolation refused) {
            Messages.refused(refused, locale.getLocale());
        }
    }

    /** Shows the chosen period and scope: a new URL. */
    public String show() {
        period = ReportPeriod.of(granularity, year, part).name();
        return "/app/metrics?faces-redirect=true&includeViewParams=true";
    }

    public String chart(MetricReport.Figure figure) {
        return ChartJson.bar(report.months(), figure.metric().label().in(locale.getLocale()),
                report.series().get(figure.metric().id()));
    }

    public String getKindChart() {
        return ChartJson.bar(report.byServiceKind().stream().map(k -> k.kind().label().in(locale.getLocale())).toList(),
                "", report.byServiceKind().stream().map(MetricReport.KindFigure::records).toList());
    }

    public String getTypeChart() {
        return ChartJson.bar(report.byNetworkType().stream().map(t -> types.name(t.networkType())).toList(), "",
                report.byNetworkType().stream().map(MetricReport.TypeFigure::records).toList());
    }

    private int thisYear() {
        return LocalDate.now(clock).getYear();
    }

    public List<Integer> getYears() {
        int now = thisYear();
        return IntStream.rangeClosed(now - 4, now).boxed().sorted((a, b) -> b - a).toList();
    }

    public MetricReport getReport() {
        return report;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getOutlet() {
        return outlet;
    }

    public void setOutlet(String outlet) {
        this.outlet = outlet;
    }

    public ReportPeriod.Granularity getGranularity() {
        return granularity;
    }

    public void setGranularity(ReportPeriod.Granularity granularity) {
        this.granularity = granularity;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getPart() {
        return part;
    }

    public void setPart(int part) {
        this.part = part;
    }
}
