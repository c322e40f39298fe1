package cn.bjip.outlets.web.export;

import cn.bjip.outlets.outlet.BeijingDistrict;
import cn.bjip.outlets.outlet.InstitutionProfile;
import cn.bjip.outlets.outlet.Outlet;
import cn.bjip.outlets.outlet.OutletView;
import cn.bjip.outlets.record.BenchmarkRecords;
import cn.bjip.outlets.record.MetricReport;
import cn.bjip.outlets.record.RecordView;
import cn.bjip.outlets.record.ServiceKind;
import cn.bjip.outlets.supervision.Ledger;
import cn.bjip.outlets.supervision.LedgerDue;
import cn.bjip.outlets.supervision.LedgerState;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark (run by {@code ./portal bench}): exports a ledger of N records (default 50 000) through
 * {@link LedgerWorkbook}, fed chunk by chunk as the service feeds it, and records the wall time, the workbook size and
 * the peak heap in use, sampled every 5 ms. Run it with a small -Xmx to see that memory stays bounded.
 */
public final class LedgerExportBenchmark {

    private LedgerExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        Path result = Path.of(args.length > 1 ? args[1] : "target/benchmarks/ledger-export.txt");
        Outlet outlet = new Outlet();
        outlet.setCode("BJ-LIBRARY-001");
        InstitutionProfile profile = new InstitutionProfile();
        profile.setNameZh("基准测试图书馆网点");
        profile.setDistrict(BeijingDistrict.HAIDIAN);
        outlet.setProfile(profile);
        outlet.setNetworkType("library");
        LocalDate first = LedgerDue.quarter(2026, 2).start();
        MetricReport figures = new MetricReport(LedgerDue.quarter(2026, 2), List.of(), List.of(), Map.of(),
                List.of(new MetricReport.KindFigure(ServiceKind.AFFAIRS_CONSULTATION, count, count * 4L)), List.of());
        Ledger ledger = new Ledger(OutletView.of(outlet), 2026, 2, LedgerState.SUBMITTED, LedgerDue.dueOn(2026, 2), false, true,
                "benchmark", null, 0, null, null, figures, Set.of());

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        CountingStream out = new CountingStream();
        long start = System.nanoTime();
        LedgerWorkbook.write(ledger, after -> chunk(outlet, after, count, first), (type, form) -> Optional.empty(), out);
        long millis = (System.nanoTime() - start) / 1_000_000;
        sampler.interrupt();

        String report = """
                ledger export benchmark (LedgerWorkbook, SXSSF, %d rows in memory)
                records:          %d
                workbook bytes:   %d
                wall time ms:     %d
                max heap MB:      %d (-Xmx)
                baseline heap MB: %.1f
                peak heap MB:     %.1f
                java:             %s
                """.formatted(LedgerWorkbook.ROWS_IN_MEMORY, count, out.bytes, millis,
                Runtime.getRuntime().maxMemory() / (1024 * 1024), baseline / 1048576.0, peak.get() / 1048576.0,
                System.getProperty("java.version"));
        Files.createDirectories(result.toAbsolutePath().getParent());
        Files.writeString(result, report);
        System.out.print(report);
    }

    /** The next chunk of records after {@code after}, the way {@code RecordService.chunk} returns them. */
    private static List<RecordView> chunk(Outlet outlet, long after, int count, LocalDate first) {
        List<RecordView> chunk = new ArrayList<>();
        for (long id = after + 1; id <= Math.min(count, after + 1000); id++) {
            chunk.add(BenchmarkRecords.record(outlet, id, first.plusDays(id % 90)));
        }
        return chunk;
    }

    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            bytes += len;
        }
    }
}
