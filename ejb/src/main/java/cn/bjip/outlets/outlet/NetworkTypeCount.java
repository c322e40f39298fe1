package cn.bjip.outlets.outlet;

/** How many outlets one network type has. */
public record NetworkTypeCount(String networkType, Long outlets) {
}
