package cn.bjip.outlets.web.view;

import cn.bjip.outlets.outlet.OutletService;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.plugin.spi.MetricDefinition;
import cn.bjip.outlets.supervision.Goal;
import cn.bjip.outlets.supervision.GoalProgress;
import cn.bjip.outlets.supervision.GoalService;
import cn.bjip.outlets.web.Allowed;
import cn.bjip.outlets.web.LocaleSwitcher;
import cn.bjip.outlets.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Center staff set the year's work goals; outlet staff follow their progress toward them. */
@Named
@ViewScoped
public class GoalView implements Serializable {

    @EJB
    private GoalService goals;

    @EJB
    private OutletService outlets;

    @Inject
    private LocaleSwitcher locale;

    @Inject
    private Allowed allowed;

    @Inject
    private Clock clock;

    private int year;
    private String networkType;
    private String outletCode;
    private String metricId;
    private BigDecimal target;

    @PostConstruct
    void init() {
        year = LocalDate.now(clock).getYear();
    }

    public void save() {
        try {
            goals.set(year, networkType, outletCode, metricId, target);
            Messages.info("goal.savedInfo");
        } catch (BusinessRuleViolation refused) {
            Messages.refused(refused, locale.getLocale());
        }
    }

    public void remove(long id) {
        goals.remove(id);
    }

    public List<Goal> getGoals() {
        return allowed.get("supervision.GoalService.ofYear") ? goals.ofYear(year) : List.of();
    }

    public List<MetricDefinition> getMetrics() {
        return networkType == null ? List.of() : goals.metricsOf(networkType);
    }

    /** The calling outlet's progress this year. */
    public List<GoalProgress> getMyProgress() {
        return allowed.get("outlet.OutletService.myOutlet") ? goals.progress(outlets.myOutlet().code(), year) : List.of();
    }

    /** A metric's label in the session language, from its type's plugin. */
    public String metricLabel(String type, String metric) {
        return goals.metricsOf(type).stream().filter(m -> m.id().equals(metric)).findFirst()
                .map(m -> m.label().in(locale.getLocale())).orElse(metric);
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getNetworkType() {
        return networkType;
    }

    public void setNetworkType(String networkType) {
        this.networkType = networkType;
    }

    public String getOutletCode() {
        return outletCode;
    }

    public void setOutletCode(String outletCode) {
        this.outletCode = outletCode;
    }

    public String getMetricId() {
        return metricId;
    }

    public void setMetricId(String metricId) {
        this.metricId = metricId;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public void setTarget(BigDecimal target) {
        this.target = target;
    }
}
