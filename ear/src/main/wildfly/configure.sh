#!/usr/bin/env bash
# Configures an unpacked WildFly for the portal. Idempotent: it starts every time from the shipped
# standalone.xml and applies configure.cli to a copy, standalone-portal.xml.
set -euo pipefail
server=$1
here=$(cd "$(dirname "$0")" && pwd)
config=$server/standalone/configuration
cp "$config/standalone.xml" "$config/standalone-portal.xml"
rm -rf "$server/standalone/configuration/standalone_xml_history"
JBOSS_HOME=$server bash "$server/bin/jboss-cli.sh" --file="$here/configure.cli" > "$server/configure.log" 2>&1 \
    || { cat "$server/configure.log" >&2; exit 1; }
echo "WildFly at $server configured (standalone-portal.xml)"
