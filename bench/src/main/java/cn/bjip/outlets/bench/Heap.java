package cn.bjip.outlets.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The heap a JVM uses now, read with the JDK's {@code jstat} (survivors, eden and old generation in use). */
final class Heap {

    private Heap() {
    }

    static long used(long pid) throws IOException, InterruptedException {
        Process jstat = new ProcessBuilder(System.getProperty("java.home") + "/bin/jstat", "-gc", String.valueOf(pid))
                .redirectErrorStream(true).start();
        String[] lines = new String(jstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim().split("\n");
        jstat.waitFor();
        if (lines.length < 2) {
            return 0;
        }
        String[] names = lines[0].trim().split("\\s+");
        String[] values = lines[1].trim().split("\\s+");
        double kb = 0;
        for (int i = 0; i < names.length && i < values.length; i++) {
            if (names[i].equals("S0U") || names[i].equals("S1U") || names[i].equals("EU") || names[i].equals("OU")) {
                kb += Double.parseDouble(values[i]);
            }
        }
        return (long) (kb * 1024);
    }
}
