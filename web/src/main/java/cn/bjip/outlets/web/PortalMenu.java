package cn.bjip.outlets.web;

import cn.bjip.outlets.platform.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.ResourceBundle;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.MenuModel;

/**
 * The main menu: only the entries the user's roles open. This is for orientation only; every service
 * checks the caller's roles again.
 */
@Named
@RequestScoped
public class PortalMenu {

    private record Entry(String labelKey, String outcome, String icon, List<String> roles) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("menu.home", "/app/home", "pi pi-home", List.of()),
            new Entry("menu.records", "/app/records", "pi pi-list",
                    List.of(Roles.OUTLET_STAFF, Roles.CENTER_STAFF, Roles.OFFICE_ADMIN)),
            new Entry("menu.record", "/app/record", "pi pi-plus", List.of(Roles.OUTLET_STAFF)),
            new Entry("menu.metrics", "/app/metrics", "pi pi-chart-bar",
                    List.of(Roles.OUTLET_STAFF, Roles.CENTER_STAFF, Roles.OFFICE_ADMIN)),
            new Entry("menu.ledger", "/app/ledger", "pi pi-book", List.of(Roles.OUTLET_STAFF)),
            new Entry("menu.ledgers", "/app/ledgers", "pi pi-book", List.of(Roles.CENTER_STAFF, Roles.OFFICE_ADMIN)),
            new Entry("menu.summary", "/app/summary", "pi pi-file",
                    List.of(Roles.OUTLET_STAFF, Roles.CENTER_STAFF, Roles.OFFICE_ADMIN)),
            new Entry("menu.goals", "/app/goals", "pi pi-flag-fill",
                    List.of(Roles.OUTLET_STAFF, Roles.CENTER_STAFF, Roles.OFFICE_ADMIN)),
            new Entry("menu.compliance", "/app/compliance", "pi pi-exclamation-circle",
                    List.of(Roles.OUTLET_STAFF, Roles.CENTER_STAFF, Roles.OFFICE_ADMIN)),
            new Entry("menu.notices", "/app/notices", "pi pi-megaphone", List.of(Roles.CENTER_STAFF, Roles.OFFICE_ADMIN)),
            new Entry("menu.applications", "/app/applications", "pi pi-file-edit", List.of(Roles.APPLICANT, Roles.OUTLET_STAFF)),
            new Entry("menu.rounds", "/app/rounds", "pi pi-sitemap", List.of(Roles.CENTER_STAFF, Roles.OFFICE_ADMIN)),
            new Entry("menu.sheets", "/app/sheets", "pi pi-star", List.of(Roles.EXPERT)),
            new Entry("menu.changes", "/app/changes", "pi pi-pencil",
                    List.of(Roles.OUTLET_STAFF, Roles.CENTER_STAFF, Roles.OFFICE_ADMIN)),
            new Entry("menu.recommendations", "/app/recommendations", "pi pi-flag", List.of(Roles.OFFICE_ADMIN, Roles.CENTER_STAFF)),
            new Entry("menu.outlets", "/app/outlets", "pi pi-building", List.of(Roles.CENTER_STAFF, Roles.OFFICE_ADMIN)),
            new Entry("menu.plugins", "/app/plugins", "pi pi-th-large", List.of(Roles.CENTER_STAFF, Roles.OFFICE_ADMIN)),
            new Entry("menu.audit", "/app/audit", "pi pi-history", List.of(Roles.OFFICE_ADMIN)));

    @Inject
    private PortalUser user;

    private MenuModel model;

    @PostConstruct
    void build() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        model = new DefaultMenuModel();
        for (Entry entry : ENTRIES) {
            if (entry.roles().isEmpty() || user.hasAnyRole(entry.roles().toArray(String[]::new))) {
                model.getElements().add(DefaultMenuItem.builder()
                        .value(msg.getString(entry.labelKey()))
                        .outcome(entry.outcome())
                        .icon(entry.icon())
                        .id("menu-" + entry.outcome().substring(entry.outcome().lastIndexOf('/') + 1))
                        .build());
            }
        }
    }

    public MenuModel getModel() {
        return model;
    }
}
