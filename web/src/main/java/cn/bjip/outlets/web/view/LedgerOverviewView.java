package cn.bjip.outlets.web.view;

import cn.bjip.outlets.supervision.LedgerDue;
import cn.bjip.outlets.supervision.LedgerService;
import cn.bjip.outlets.supervision.LedgerStatus;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

/** Center staff and the office: every outlet's ledger state for a quarter, overdue ones flagged. */
@Named
@ViewScoped
public class LedgerOverviewView implements Serializable {

    @EJB
    private transient LedgerService ledgers;

    @Inject
    private Clock clock;

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

    public void refresh() {
        int y = year;
        int q = quarter;
        model = new PagedModel<>((first, size) -> ledgers.overview(y, q, first, size));
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
