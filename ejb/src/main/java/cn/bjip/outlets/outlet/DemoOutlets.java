package cn.bjip.outlets.outlet;

import cn.bjip.outlets.platform.DemoDataLock;
import cn.bjip.outlets.platform.Roles;
import cn.bjip.outlets.plugin.PluginRegistry;
import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo outlets for the run command ({@code portal.demo-data=true}): three of every installed network type,
 * created through {@link OutletService} like any other. Codes are {@code BJ-<TYPE>-00n}; the demo user
 * {@code <type>-staff} is bound to {@code BJ-<TYPE>-001}. Existing codes are left alone; {@link cn.bjip.outlets.record.DemoRecords} adds their records.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@RunAs(Roles.OFFICE_ADMIN)
public class DemoOutlets {

    private static final Logger LOG = Logger.getLogger(DemoOutlets.class.getName());
    private static final int PER_TYPE = 3;
    private static final BeijingDistrict[] DISTRICTS = BeijingDistrict.values();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    private boolean enabled;

    @Inject
    private PluginRegistry plugins;

    @EJB
    private OutletService outlets;

    @Inject
    private Clock clock;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        DemoDataLock.hold(em);
        int created = 0;
        int n = 0;
        for (NetworkTypePlugin plugin : plugins.all()) {
            for (int i = 1; i <= PER_TYPE; i++, n++) {
                String code = "BJ-" + plugin.id().toUpperCase(Locale.ROOT) + "-00" + i;
                if (outlets.findByCode(code).isEmpty()) {
                    outlets.create(demoOutlet(code, plugin, DISTRICTS[(n * 5) % DISTRICTS.length], i, LocalDate.now(clock)));
                    created++;
                }
            }
        }
        int total = created;
        LOG.info(() -> "demo data: " + total + " outlets created");
    }

    private static OutletRegistration demoOutlet(String code, NetworkTypePlugin plugin, BeijingDistrict district, int i, LocalDate today) {
        OutletRegistration outlet = new OutletRegistration();
        outlet.setCode(code);
        outlet.setNetworkType(plugin.id());
        outlet.setDistrict(district);
        outlet.setNameZh(district.label().zh() + plugin.name().zh() + "知识产权信息服务网点（示例" + i + "）");
        outlet.setNameEn(district.label().en() + " " + plugin.name().en() + " IP information outlet (demo " + i + ")");
        outlet.setAddress("北京市" + district.label().zh() + "示例路" + (10 + i) + "号");
        outlet.setPrincipal(i == 1 ? "赵敏" : i == 2 ? "孙立" : "周红");
        outlet.setContactPhone("010-6" + (5550000 + i * 111));
        outlet.setContactEmail(code.toLowerCase(Locale.ROOT) + "@outlets.example.cn");
        outlet.setIpFields(i == 1 ? EnumSet.allOf(IpField.class) : EnumSet.of(IpField.PATENT, IpField.TRADEMARK));
        outlet.setFullTimeStaff(2 + i);
        outlet.setPartTimeStaff(i * 2);
        outlet.setMainServices("专利、商标信息查询检索，知识产权事务咨询，公益培训");
        outlet.setServiceHours("周一至周五 9:00–17:00（法定节假日除外）");
        // the first (its staff can sign in) expires within 90 days: warned, and may renew; the others later
        outlet.setAccreditedOn(i == 1 ? today.minusYears(3).plusDays(60) : i == 2 ? today.minusMonths(10) : today.minusMonths(28));
        return outlet;
    }
}
