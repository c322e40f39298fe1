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
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuElement;
import org.primefaces.model.menu.MenuModel;

/**
 * The main menu: only the entries the user's roles open, grouped (supervision, accreditation, administration); a
 * group the user would see one entry of shows that entry alone. This is for orientation only; every service checks
 * the caller's roles again.
 */
@Named
@RequestScoped
public class PortalMenu {

    private record Entry(String labelKey, String outcome, String icon, List<String> roles) {
    }

    private record Group(String labelKey, String icon, List<Entry> entries) {
    }

    private static final List<String> STAFF = List.of(Roles.CENTER_STAFF, Roles.OFFICE_ADMIN);
    private static final List<String> OUTLETS_AND_STAFF = List.of(Roles.OUTLET_STAFF, Roles.CENTER_STAFF, Roles.OFFICE_ADMIN);

    private static final List<Group> MENU = List.of(
            new Group(null, null, List.of(
                    new Entry("menu.home", "/app/home", "pi pi-home", List.of()),
                    new Entry("menu.dashboard", "/app/dashboard", "pi pi-chart-pie", STAFF),
                    new Entry("menu.records", "/app/records", "pi pi-list", OUTLETS_AND_STAFF),
                    new Entry("menu.record", "/app/record", "pi pi-plus", List.of(Roles.OUTLET_STAFF)),
                    new Entry("menu.import", "/app/import", "pi pi-upload", List.of(Roles.OUTLET_STAFF)),
                    new Entry("menu.metrics", "/app/metrics", "pi pi-chart-bar", OUTLETS_AND_STAFF))),
            new Group("menu.supervision", "pi pi-briefcase", List.of(
                    new Entry("menu.ledger", "/app/ledger", "pi pi-book", List.of(Roles.OUTLET_STAFF)),
                    new Entry("menu.ledgers", "/app/ledgers", "pi pi-book", STAFF),
                    new Entry("menu.summary", "/app/summary", "pi pi-file", OUTLETS_AND_STAFF),
                    new Entry("menu.goals", "/app/goals", "pi pi-flag-fill", OUTLETS_AND_STAFF),
                    new Entry("menu.compliance", "/app/compliance", "pi pi-exclamation-circle", OUTLETS_AND_STAFF),
                    new Entry("menu.notices", "/app/notices", "pi pi-megaphone", STAFF))),
            new Group("menu.accreditation", "pi pi-verified", List.of(
                    new Entry("menu.applications", "/app/applications", "pi pi-file-edit",
                            List.of(Roles.APPLICANT, Roles.OUTLET_STAFF)),
                    new Entry("menu.rounds", "/app/rounds", "pi pi-sitemap", STAFF),
                    new Entry("menu.sheets", "/app/sheets", "pi pi-star", List.of(Roles.EXPERT)),
                    new Entry("menu.changes", "/app/changes", "pi pi-pencil", OUTLETS_AND_STAFF),
                    new Entry("menu.recommendations", "/app/recommendations", "pi pi-flag", STAFF))),
            new Group("menu.administration", "pi pi-cog", List.of(
                    new Entry("menu.outlets", "/app/outlets", "pi pi-building", STAFF),
                    new Entry("menu.plugins", "/app/plugins", "pi pi-th-large", STAFF),
                    new Entry("menu.audit", "/app/audit", "pi pi-history", List.of(Roles.OFFICE_ADMIN)))));

    @Inject
    private PortalUser user;

    private MenuModel model;

    @PostConstruct
    void build() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        model = new DefaultMenuModel();
        for (Group group : MENU) {
            List<MenuElement> items = group.entries().stream()
                    .filter(entry -> entry.roles().isEmpty() || user.hasAnyRole(entry.roles().toArray(String[]::new)))
                    .map(entry -> (MenuElement) item(entry, msg)).toList();
            if (group.labelKey() == null || items.size() == 1) {
                model.getElements().addAll(items);
            } else if (!items.isEmpty()) {
                model.getElements().add(DefaultSubMenu.builder().label(msg.getString(group.labelKey())).icon(group.icon())
                        .id("menu-" + group.labelKey().substring("menu.".length())).elements(items).build());
            }
        }
    }

    private static DefaultMenuItem item(Entry entry, ResourceBundle msg) {
        return DefaultMenuItem.builder()
                .value(msg.getString(entry.labelKey()))
                .outcome(entry.outcome())
                .icon(entry.icon())
                .id("menu-" + entry.outcome().substring(entry.outcome().lastIndexOf('/') + 1))
                .build();
    }

    public MenuModel getModel() {
        return model;
    }
}
