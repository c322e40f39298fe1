package cn.bjip.outlets.web.view;

import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.supervision.LedgerDue;
import cn.bjip.outlets.supervision.LedgerService;
import cn.bjip.outlets.supervision.LedgerStatus;
import cn.bjip.outlets.web.LocaleSwitcher;
import cn.bjip.outlets.web.Messages;
import cn.bjip.outlets.web.export.LedgerWorkbook;
import cn.bjip.outlets.web.export.Exports;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Center staff and the office: every outlet's ledger state for a quarter, overdue ones flagged. */
@Named
@ViewScoped
public class LedgerOverviewView implements Serializable {

    @EJB
    private LedgerService ledgers;

    @Inject
    private Clock clock;

    @Inject
    private Exports export;

    @Inject
    private LocaleSwitcher locale;

    private int year;
    private int quarter;
    private PagedModel<LedgerStatus> model;

    @PostConstruct
    void init() {
        LedgerDue.Quarter last = LedgerDue.lastEnded(LocalDate.now(clock));
        year = last.year();
        quarter = last.quarter();
        refresh();
    }

    /** Shows the chosen quarter; a year or quarter the service refuses is said on the page, with an empty table. */
    public void refresh() {
        int y = year;
        int q = quarter;
        try {
            ledgers.overview(y, q, 0, 0);
            model = new PagedModel<>((first, size) -> ledgers.overview(y, q, first, size));
        } catch (BusinessRuleViolation refused) {
            model = null;
            Messages.refused(refused, locale.getLocale());
        }
    }

    /** The quarter's overview of every outlet as Excel. */
    public StreamedContent getExport() {
        int y = year;
        int q = quarter;
        return DefaultStreamedContent.builder().name("ledger-overview-" + y + "-Q" + q + ".xlsx")
                .contentType(LedgerWorkbook.MEDIA_TYPE).writer(out -> {
                    try {
                        export.writeOverview(y, q, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).build();
    }

    public PagedModel<LedgerStatus> getModel() {
        return model;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getQuarter() {
        return quarter;
    }

    public void setQuarter(int quarter) {
        this.quarter = quarter;
    }
}
