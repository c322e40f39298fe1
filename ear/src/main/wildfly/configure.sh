#!/usr/bin/env bash
# Configures an unpacked WildFly for the portal. Idempotent: it starts every time from the shipped
# standalone.xml and applies configure.cli to a copy, standalone-portal.xml.
set -euo pipefail
server=$1
here=$(cd "$(dirname "$0")" && pwd)
config=$server/standalone/configuration
cp "$config/standalone.xml" "$config/standalone-portal.xml"
cp "$config/standalone-ha.xml" "$config/standalone-portal-ha.xml"
rm -rf "$server/standalone/configuration/standalone_xml_history"
cli() { JBOSS_HOME=$server bash "$server/bin/jboss-cli.sh" --file="$1" >> "$server/configure.log" 2>&1 \
    || { cat "$server/configure.log" >&2; exit 1; }; }
: > "$server/configure.log"
cli "$here/configure.cli"
# the HA profile (two servers behind a balancer, ./portal failover-drill): the same settings, then its own
sed 's/--server-config=standalone-portal.xml/--server-config=standalone-portal-ha.xml/' "$here/configure.cli" > "$server/configure-ha-base.cli"
cli "$server/configure-ha-base.cli"
cli "$here/configure-ha.cli"
echo "WildFly at $server configured (standalone-portal.xml, and standalone-portal-ha.xml for two or more servers)"
