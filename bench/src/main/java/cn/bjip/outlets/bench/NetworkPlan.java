package cn.bjip.outlets.bench;

import cn.bjip.outlets.outlet.BeijingDistrict;
import cn.bjip.outlets.outlet.IpField;
import cn.bjip.outlets.plugin.spi.NetworkTypePlugin;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The generated network: outlets spread evenly over the network types the plugins declare and unevenly over the
 * districts (the central ones hold more), each with a share of the records. Real networks are skewed: the first outlet
 * of each of the first three types takes a tenth of all records (a million of ten), the others a log-normal share,
 * so that most log hundreds to thousands. Outlets are picked per record by Walker's alias method.
 */
final class NetworkPlan {

    static final int GIANTS = 3;
    static final double GIANT_SHARE = 0.10;

    record PlannedOutlet(long id, String code, NetworkTypePlugin plugin, int number, BeijingDistrict district,
                         Set<IpField> ipFields, LocalDate accreditedOn, double share) {
    }

    private final List<PlannedOutlet> outlets;
    private final double[] probability;
    private final int[] alias;

    private NetworkPlan(List<PlannedOutlet> outlets) {
        this.outlets = List.copyOf(outlets);
        int n = outlets.size();
        probability = new double[n];
        alias = new int[n];
        double[] scaled = new double[n];
        int[] small = new int[n];
        int[] large = new int[n];
        int smalls = 0;
        int larges = 0;
        for (int i = 0; i < n; i++) {
            scaled[i] = outlets.get(i).share() * n;
            if (scaled[i] < 1) {
                small[smalls++] = i;
            } else {
                large[larges++] = i;
            }
        }
        while (smalls > 0 && larges > 0) {
            int less = small[--smalls];
            int more = large[--larges];
            probability[less] = scaled[less];
            alias[less] = more;
            scaled[more] = scaled[more] + scaled[less] - 1;
            if (scaled[more] < 1) {
                small[smalls++] = more;
            } else {
                large[larges++] = more;
            }
        }
        while (larges > 0) {
            probability[large[--larges]] = 1;
        }
        while (smalls > 0) {
            probability[small[--smalls]] = 1;
        }
    }

    static NetworkPlan of(List<NetworkTypePlugin> plugins, int count, Random random) {
        BeijingDistrict[] districts = BeijingDistrict.values();
        double[] districtWeights = new double[districts.length];
        for (int d = 0; d < districts.length; d++) {
            districtWeights[d] = 1.0 / (1 + 0.2 * d);
        }
        double[] weights = new double[count];
        double othersTotal = 0;
        int giants = count >= 100 ? GIANTS : 0; // a tiny network has no giants
        for (int i = 0; i < count; i++) {
            weights[i] = i < giants ? 0 : Math.exp(random.nextGaussian() * 1.1);
            othersTotal += weights[i];
        }
        double othersShare = 1 - giants * GIANT_SHARE;
        List<PlannedOutlet> outlets = new ArrayList<>(count);
        int[] numbers = new int[plugins.size()];
        for (int i = 0; i < count; i++) {
            // outlet i is of type i mod types: BJ-<TYPE>-001 of every type comes first, the giants among them
            int type = i % plugins.size();
            NetworkTypePlugin plugin = plugins.get(type);
            int number = ++numbers[type];
            String code = String.format(Locale.ROOT, "BJ-%s-%03d", plugin.id().toUpperCase(Locale.ROOT), number);
            outlets.add(new PlannedOutlet(i + 1, code, plugin, number, pick(districts, districtWeights, random),
                    ipFields(random), LocalDate.of(2021, 1, 4).plusDays(random.nextInt(3 * 365)),
                    i < giants ? GIANT_SHARE : othersShare * weights[i] / othersTotal));
        }
        return new NetworkPlan(outlets);
    }

    List<PlannedOutlet> outlets() {
        return outlets;
    }

    /** An outlet with the chance of its share. */
    PlannedOutlet pick(Random random) {
        int i = random.nextInt(outlets.size());
        return outlets.get(random.nextDouble() < probability[i] ? i : alias[i]);
    }

    private static Set<IpField> ipFields(Random random) {
        Set<IpField> fields = EnumSet.of(IpField.PATENT);
        if (random.nextDouble() < 0.8) {
            fields.add(IpField.TRADEMARK);
        }
        if (random.nextDouble() < 0.3) {
            fields.add(IpField.GEOGRAPHICAL_INDICATION);
        }
        return fields;
    }

    static <T> T pick(T[] values, double[] weights, Random random) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
