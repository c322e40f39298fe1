package cn.bjip.outlets.web.view;

import cn.bjip.outlets.accreditation.Recommendation;
import cn.bjip.outlets.accreditation.RecommendationService;
import cn.bjip.outlets.outlet.DirectoryService;
import cn.bjip.outlets.outlet.ListedOutlet;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.web.LocaleSwitcher;
import cn.bjip.outlets.web.Messages;
import cn.bjip.outlets.web.export.RecommendationWorkbook;
import cn.bjip.outlets.web.export.Exports;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The office picks accredited outlets to recommend for national filing, with reasons, and exports the list. */
@Named
@ViewScoped
public class RecommendationView implements Serializable {

    @EJB
    private RecommendationService recommendations;

    @EJB
    private DirectoryService directory;

    @Inject
    private LocaleSwitcher locale;

    @Inject
    private Exports export;

    @Inject
    private Clock clock;

    private int year;

    @PostConstruct
    void init() {
        year = LocalDate.now(clock).getYear();
    }
    private String outletCode;
    private String reason;

    public void recommend() {
        try {
            recommendations.recommend(year, outletCode, reason);
            outletCode = null;
            reason = null;
            Messages.info("recommendation.added");
        } catch (BusinessRuleViolation refused) {
            Messages.refused(refused, locale.getLocale());
        }
    }

    public void withdraw(long id) {
        recommendations.withdraw(id);
    }

    public StreamedContent getExport() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeRecommendations(year, out);
        byte[] bytes = out.toByteArray();
        return DefaultStreamedContent.builder().name("national-recommendations-" + year + ".xlsx")
                .contentType(RecommendationWorkbook.MEDIA_TYPE).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public List<Recommendation> getList() {
        return recommendations.list(year);
    }

    /** The outlets that can be recommended: those listed in the directory today. */
    public List<ListedOutlet> getListed() {
        return directory.listed(DirectoryService.Filter.none(), 0, 200).rows();
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getOutletCode() {
        return outletCode;
    }

    public void setOutletCode(String outletCode) {
        this.outletCode = outletCode;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
