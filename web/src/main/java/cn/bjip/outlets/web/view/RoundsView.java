package cn.bjip.outlets.web.view;

import cn.bjip.outlets.accreditation.ApplicationService;
import cn.bjip.outlets.accreditation.ApplicationState;
import cn.bjip.outlets.accreditation.ApplicationView;
import cn.bjip.outlets.accreditation.DecisionService;
import cn.bjip.outlets.accreditation.RoundDraft;
import cn.bjip.outlets.accreditation.RoundService;
import cn.bjip.outlets.accreditation.RoundView;
import cn.bjip.outlets.accreditation.ScoreRule;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.web.LocaleSwitcher;
import cn.bjip.outlets.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;

/** Center staff and the office: the annual rounds, each round's applications, and its ranking (proposed list). */
@Named
@ViewScoped
public class RoundsView implements Serializable {

    @EJB
    private RoundService rounds;

    @EJB
    private ApplicationService applications;

    @EJB
    private DecisionService decisions;

    @Inject
    private LocaleSwitcher locale;


    private Long selected;
    private ApplicationState state;
    private RoundDraft draft;
    private PagedModel<ApplicationView> model;

    @PostConstruct
    void init() {
        List<RoundView> all = rounds.all();
        selected = all.isEmpty() ? null : all.get(0).id();
        draft = rounds.draft();
    }

    public void refresh() {
        Long round = selected;
        ApplicationState filter = state;
        model = round == null ? null : new PagedModel<>((first, size) -> applications.inRound(round, filter, first, size));
    }

    public String open() {
        try {
            selected = rounds.open(draft).id();
            Messages.info("round.opened");
            return "/app/rounds?faces-redirect=true";
        } catch (BusinessRuleViolation refused) {
            Messages.refused(refused, locale.getLocale());
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(invalid);
        }
        return null;
    }

    public void closeScoring() {
        try {
            rounds.closeScoring(selected);
            Messages.info("round.scoringClosed");
            refresh();
        } catch (BusinessRuleViolation refused) {
            Messages.refused(refused, locale.getLocale());
        }
    }

    public List<RoundView> getRounds() {
        return rounds.all();
    }

    public RoundView getRound() {
        return selected == null ? null : rounds.find(selected);
    }

    public List<ApplicationView> getRanking() {
        return selected == null ? List.of() : decisions.ranking(selected);
    }

    public List<ApplicationState> getStates() {
        return List.of(ApplicationState.values());
    }

    public List<ScoreRule> getRules() {
        return List.of(ScoreRule.values());
    }

    public PagedModel<ApplicationView> getModel() {
        return model;
    }

    public Long getSelected() {
        return selected;
    }

    public void setSelected(Long selected) {
        this.selected = selected;
    }

    public ApplicationState getState() {
        return state;
    }

    public void setState(ApplicationState state) {
        this.state = state;
    }

    public RoundDraft getDraft() {
        return draft;
    }
}
