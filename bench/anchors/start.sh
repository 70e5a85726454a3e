#!/bin/sh
# Start the anchor filters on loopback only, for bench/engine_vs_anchors.py (run as root).
#
#   apt-get install -y rspamd spamassassin spamc dnsmasq redis-server
#   sh bench/anchors/start.sh      # then: .venv/bin/python bench/engine_vs_anchors.py ...
#   sh bench/anchors/stop.sh
#
# Nothing here listens beyond 127.0.0.1 and nothing asks the outside world anything: a private
# dnsmasq on 127.0.0.1:5300 answers NXDOMAIN to every name (no upstream, no hosts file), rspamd
# and spamd use it as their only resolver, rspamd's fuzzy and greylist modules are off and
# spamd runs with --local. State lives under $STATE (default /tmp/mailverdict-anchors).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
STATE=${STATE:-/tmp/mailverdict-anchors}
mkdir -p "$STATE/rspamd/db" "$STATE/rspamd/run" "$STATE/rspamd/log" "$STATE/redis" "$STATE/sa-site"
chown -R _rspamd:_rspamd "$STATE/rspamd"
chown redis:redis "$STATE/redis"

dnsmasq --no-resolv --no-hosts --listen-address=127.0.0.1 --bind-interfaces --port=5300 \
  --address='/#/' --pid-file="$STATE/dnsmasq.pid" --user=nobody

su -s /bin/sh redis -c "redis-server --bind 127.0.0.1 --port 6390 --dir $STATE/redis \
  --daemonize yes --pidfile $STATE/redis/redis.pid --save '' --appendonly no"

rspamd -u _rspamd -g _rspamd \
  --var="LOCAL_CONFDIR=$HERE/rspamd" --var="DBDIR=$STATE/rspamd/db" \
  --var="RUNDIR=$STATE/rspamd/run" --var="LOGDIR=$STATE/rspamd/log"

# spamd reads its site config from a private copy: Debian's plugin list plus our local.cf.
cp /etc/spamassassin/*.pre "$STATE/sa-site/"
cp "$HERE/spamassassin/local.cf" "$STATE/sa-site/local.cf"
spamd --listen=127.0.0.1:7830 --local --max-children=2 --min-children=2 -d \
  -r "$STATE/spamd.pid" -u debian-spamd --siteconfigpath="$STATE/sa-site" \
  --syslog=stderr 2>"$STATE/spamd.log"

sleep 3
ss -tunlp | grep -E 'rspamd|spamd|dnsmasq|redis' || true
