package cn.bjip.outlets.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A CPU profile of WildFly while one part of the bench runs: Java Flight Recorder started and stopped through
 * {@code jcmd}, its execution samples summed by the innermost frame of the portal's own code and by the package the
 * sample was in — where a missed target spends its time.
 */
final class Profile {

    private static final String PORTAL = "cn.bjip.outlets.";
    private static final int TOP = 12;

    private final long pid;
    private final Path file;
    private final String name;

    private Profile(long pid, String name) throws IOException {
        this.pid = pid;
        this.name = name;
        this.file = Files.createTempFile("bench-" + name, ".jfr");
    }

    static Profile start(long wildflyPid, String name) throws Exception {
        Profile profile = new Profile(wildflyPid, name);
        profile.jcmd("JFR.start", "name=" + name, "settings=profile");
        return profile;
    }

    /** Stops the recording and returns its summary as Markdown. */
    String stop() throws Exception {
        jcmd("JFR.stop", "name=" + name, "filename=" + file);
        Map<String, Integer> byPortalFrame = new HashMap<>();
        Map<String, Integer> byPackage = new HashMap<>();
        int samples = 0;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                        || event.getStackTrace().getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                byPackage.merge(packageOf(frames.get(0)), 1, Integer::sum);
                byPortalFrame.merge(frames.stream().filter(f -> typeOf(f).startsWith(PORTAL)).findFirst()
                        .map(f -> typeOf(f).substring(PORTAL.length()) + "." + f.getMethod().getName())
                        .orElse("(no portal code on the stack)"), 1, Integer::sum);
            }
        } finally {
            Files.deleteIfExists(file);
        }
        return "| innermost portal method on the stack | share of samples |\n|---|---|\n" + top(byPortalFrame, samples)
                + "\n| package the sample ran in | share of samples |\n|---|---|\n" + top(byPackage, samples)
                + "\n(" + samples + " execution samples of WildFly's threads, JFR `profile` settings)\n";
    }

    private static String typeOf(RecordedFrame frame) {
        return frame.getMethod().getType().getName();
    }

    private static String packageOf(RecordedFrame frame) {
        String[] parts = typeOf(frame).split("\\.");
        return String.join(".", java.util.Arrays.copyOf(parts, Math.min(3, Math.max(1, parts.length - 1))));
    }

    private static String top(Map<String, Integer> counts, int samples) {
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        StringBuilder md = new StringBuilder();
        for (Map.Entry<String, Integer> entry : sorted.subList(0, Math.min(TOP, sorted.size()))) {
            md.append(String.format("| `%s` | %.0f %% |%n", entry.getKey(), 100.0 * entry.getValue() / Math.max(1, samples)));
        }
        return md.toString();
    }

    private void jcmd(String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid)));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + ": " + output);
        }
    }
}
