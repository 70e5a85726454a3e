#!/bin/sh
# Stop what start.sh started, by the pids it recorded (nothing else).
STATE=${STATE:-/tmp/mailverdict-anchors}
for pidfile in "$STATE/spamd.pid" "$STATE/rspamd/run/rspamd.pid" "$STATE/redis/redis.pid" "$STATE/dnsmasq.pid"; do
  [ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null && echo "stopped $(cat "$pidfile") ($pidfile)"
done
true
