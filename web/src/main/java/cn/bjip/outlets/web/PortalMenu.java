package cn.bjip.outlets.web;

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
 * The main menu: only the pages whose services would serve the user, grouped (supervision, accreditation,
 * administration); a group the user would see one entry of shows that entry alone. Every service checks again.
 */
@Named
@RequestScoped
public class PortalMenu {

    /** A page of the menu, shown to those who may call any of its service operations ({@link Allowed}); none: everyone. */
    private record Entry(String labelKey, String outcome, String icon, List<String> operations) {
    }

    private record Group(String labelKey, String icon, List<Entry> entries) {
    }

    private static final List<Group> MENU = List.of(
            new Group(null, null, List.of(
                    new Entry("menu.home", "/app/home", "pi pi-home", List.of()),
                    new Entry("menu.dashboard", "/app/dashboard", "pi pi-chart-pie", List.of("supervision.DashboardService.network")),
                    new Entry("menu.records", "/app/records", "pi pi-list", List.of("record.RecordService.page")),
                    new Entry("menu.record", "/app/record", "pi pi-plus", List.of("record.RecordService.create")),
                    new Entry("menu.import", "/app/import", "pi pi-upload", List.of("record.RecordImportService.check")),
                    new Entry("menu.metrics", "/app/metrics", "pi pi-chart-bar", List.of("record.MetricService.forOutlet")))),
            new Group("menu.supervision", "pi pi-briefcase", List.of(
                    new Entry("menu.ledger", "/app/ledger", "pi pi-book", List.of("supervision.LedgerService.submit")),
                    new Entry("menu.ledgers", "/app/ledgers", "pi pi-book", List.of("supervision.LedgerService.overview")),
                    new Entry("menu.summary", "/app/summary", "pi pi-file",
                            List.of("supervision.SummaryService.mine", "supervision.SummaryService.overview")),
                    new Entry("menu.goals", "/app/goals", "pi pi-flag-fill", List.of("supervision.GoalService.progress")),
                    new Entry("menu.compliance", "/app/compliance", "pi pi-exclamation-circle",
                            List.of("supervision.ComplianceService.mine", "supervision.ComplianceService.open/0")),
                    new Entry("menu.notices", "/app/notices", "pi pi-megaphone", List.of("supervision.NoticeService.all")))),
            new Group("menu.accreditation", "pi pi-verified", List.of(
                    new Entry("menu.applications", "/app/applications", "pi pi-file-edit",
                            List.of("accreditation.ApplicationService.mine")),
                    new Entry("menu.rounds", "/app/rounds", "pi pi-sitemap", List.of("accreditation.ApplicationService.inRound")),
                    new Entry("menu.sheets", "/app/sheets", "pi pi-star", List.of("accreditation.ExpertReviewService.mySheets")),
                    new Entry("menu.changes", "/app/changes", "pi pi-pencil",
                            List.of("outlet.ChangeFilingService.myHistory", "outlet.ChangeFilingService.waiting")),
                    new Entry("menu.recommendations", "/app/recommendations", "pi pi-flag",
                            List.of("accreditation.RecommendationService.list")))),
            new Group("menu.administration", "pi pi-cog", List.of(
                    new Entry("menu.outlets", "/app/outlets", "pi pi-building", List.of("outlet.OutletService.page")),
                    new Entry("menu.plugins", "/app/plugins", "pi pi-th-large", List.of("plugin.PluginAdminService.overview")),
                    new Entry("menu.audit", "/app/audit", "pi pi-history", List.of("audit.AuditService.find")))));

    @Inject
    private Allowed allowed;

    private MenuModel model;

    @PostConstruct
    void build() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        model = new DefaultMenuModel();
        for (Group group : MENU) {
            List<MenuElement> items = group.entries().stream()
                    .filter(entry -> entry.operations().isEmpty() || entry.operations().stream().anyMatch(allowed::get))
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
