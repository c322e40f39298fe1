package cn.bjip.outlets.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Every page of the portal, found in the web module's sources: a new page is found without editing a test. */
final class PortalPages {

    private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam\\s+name=\"([^\"]+)\"");

    private PortalPages() {
    }

    /** A page by its path below the server root, with the view parameters it declares. */
    record Page(String path, List<String> parameters) {
    }

    /** Every page under the web module's webapp folder except WEB-INF. */
    static List<Page> all() throws IOException {
        Path root = Path.of(System.getProperty("portal.webapp.dir"));
        try (Stream<Path> files = Files.walk(root)) {
            List<Page> pages = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList()) {
                String path = root.relativize(file).toString().replace('\\', '/');
                if (path.startsWith("WEB-INF/")) {
                    continue;
                }
                Matcher parameter = VIEW_PARAM.matcher(Files.readString(file));
                List<String> names = new ArrayList<>();
                while (parameter.find()) {
                    names.add(parameter.group(1));
                }
                pages.add(new Page(path, names));
            }
            return pages;
        }
    }
}
