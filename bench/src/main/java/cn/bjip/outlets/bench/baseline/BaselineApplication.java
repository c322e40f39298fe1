package cn.bjip.outlets.bench.baseline;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The same-run baselines of PF-1 ({@code ./portal bench} only): deployed as {@code bench.war} beside the portal on the
 * bench's server, never part of the portal's EAR.
 */
@ApplicationPath("")
public class BaselineApplication extends Application {
}
