package cn.bjip.outlets.record;

import cn.bjip.outlets.outlet.IpField;
import cn.bjip.outlets.outlet.Outlet;
import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.DemoDataLock;
import cn.bjip.outlets.plugin.FormDirectory;
import cn.bjip.outlets.plugin.PluginRegistry;
import cn.bjip.outlets.plugin.spi.Choice;
import cn.bjip.outlets.plugin.spi.FieldType;
import cn.bjip.outlets.plugin.spi.FormField;
import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import cn.bjip.outlets.plugin.spi.RecordForm;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo service records for the run command ({@code portal.demo-data=true}): a year of records for every demo outlet
 * that has none, from its plugin's forms, each passing {@link RecordCheck} as a user's record would. Written here and
 * not through {@link RecordService}, which takes records from an outlet's own staff only.
 */
@Singleton
@Startup
@DependsOn({"DemoOutlets", "FormSnapshots"})
public class DemoRecords {

    private static final Logger LOG = Logger.getLogger(DemoRecords.class.getName());
    private static final int PER_OUTLET = 36;
    private static final List<String> TOPICS = List.of("专利检索实务", "商标品牌保护", "地理标志与乡村振兴",
            "知识产权信息利用", "专利导航与产业分析", "海外知识产权风险防控");

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    private boolean enabled;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private PluginRegistry plugins;

    @Inject
    private FormDirectory forms;

    @Inject
    private Clock clock;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void load() {
        if (!enabled) {
            return;
        }
        DemoDataLock.hold(em);
        LocalDate today = LocalDate.now(clock);
        int created = 0;
        List<Outlet> outlets = em.createQuery("select o from Outlet o where o.code like 'BJ-%' and not exists "
                + "(select r from ServiceRecord r where r.outlet = o) order by o.code", Outlet.class).getResultList();
        for (Outlet outlet : outlets) {
            NetworkTypePlugin plugin = plugins.find(outlet.getNetworkType()).orElse(null);
            if (plugin == null) {
                continue;
            }
            List<RecordForm> latest = forms.latest(plugin.id());
            for (int i = 0; i < PER_OUTLET; i++) {
                RecordForm form = latest.get(i % latest.size());
                RecordInput input = input(form, i + Math.floorMod(outlet.getCode().hashCode(), 7), today.minusDays(i * 10L));
                try {
                    Map<String, Object> values = RecordCheck.check(plugin, form, input, today);
                    ServiceRecord record = new ServiceRecord(outlet, clock.instant(), "demo-data");
                    record.fill(input, form.version(), values);
                    em.persist(record);
                    created++;
                } catch (BusinessRuleViolation refused) {
                    LOG.fine(() -> "demo record skipped: " + refused.getMessage());
                }
            }
        }
        int count = created;
        LOG.info(() -> "Demo data: " + count + " service records for " + outlets.size() + " outlets");
    }

    private static RecordInput input(RecordForm form, int n, LocalDate date) {
        Map<String, Object> values = new HashMap<>();
        for (FormField field : form.fields()) {
            if (field.required() || n % 2 == 0 && !field.retired() && field.type() == FieldType.BOOLEAN) {
                values.put(field.key(), value(field, n));
            }
        }
        // the market plugin's rule: a low-cost public-welfare service charges a fee below the market price it states
        boolean lowCost = "lowCost".equals(values.get("welfareBasis"));
        if (lowCost) {
            values.put("marketPrice", BigDecimal.valueOf(500));
        }
        ServiceKind kind = ServiceKind.values()[n % ServiceKind.values().length];
        return new RecordInput(form.id(), kind, n % 3 == 0 ? EnumSet.of(IpField.PATENT, IpField.TRADEMARK)
                : EnumSet.of(IpField.values()[n % IpField.values().length]), date,
                BeneficiaryKind.values()[n % BeneficiaryKind.values().length], 5 + n * 17 % 120,
                lowCost, lowCost ? BigDecimal.valueOf(50 + n % 5 * 10) : null, TOPICS.get(n % TOPICS.size()),
                values);
    }

    private static Object value(FormField field, int n) {
        List<Choice> choices = field.choices();
        return switch (field.type()) {
            case TEXT, LONG_TEXT, FILE_REFERENCE -> TOPICS.get(n % TOPICS.size());
            case INTEGER, PERSON_COUNT, DECIMAL -> {
                long min = field.min() == null ? 0 : field.min().longValue();
                long max = field.max() == null ? 200 : Math.min(field.max().longValue(), min + 200);
                yield Math.max(1, min + (n * 37L + 11) % (max - min + 1));
            }
            case DATE -> LocalDate.of(2026, 1 + n % 12, 1 + n % 28).toString();
            case BOOLEAN -> n % 3 != 0;
            case CHOICE -> choices.get(n % choices.size()).value();
            case MULTI_CHOICE -> List.of(choices.get(n % choices.size()).value());
        };
    }
}
