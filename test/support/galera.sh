#!/usr/bin/env bash
# A 3-node MariaDB Galera cluster on loopback, with HAProxy in front, for the cluster tests and
# for anyone who wants to try several servers on one cluster. Debian's mariadb-server, galera-4,
# haproxy and rsync; run as root (the nodes themselves run as the `mysql` user, so that state
# transfer by rsync can write their data folders).
#
#   test/support/galera.sh start            fresh cluster (wipes its folder), waits for size 3
#   test/support/galera.sh stop             stops only the processes this script started
#   test/support/galera.sh status           each node's state and the cluster size
#   test/support/galera.sh kill-node N      kill -9 node N (a machine lost)
#   test/support/galera.sh start-node N     restarts node N, which rejoins (IST or SST), waits until synced
#
# The product's address: mariadb://chidao:chidao@127.0.0.1:3320/<database> (HAProxy), or a node
# directly on 3311, 3312, 3313. It never touches the machine's own MariaDB (3306).
set -euo pipefail

DIR=${GALERA_DIR:-/tmp/chidao-galera}
SQL_PORTS=(${GALERA_SQL_PORTS:-3311 3312 3313})
GCOMM_PORTS=(${GALERA_GCOMM_PORTS:-4571 4572 4573})
IST_PORTS=(${GALERA_IST_PORTS:-4581 4582 4583})
SST_PORTS=(${GALERA_SST_PORTS:-4591 4592 4593})
PROXY_PORT=${GALERA_PROXY_PORT:-3320}
STATS_PORT=${GALERA_STATS_PORT:-3321}
APP_USER=chidao
APP_PASSWORD=chidao
CHECK_USER=haproxy_check
WAIT_SECONDS=${GALERA_WAIT_SECONDS:-120}

log() { echo "galera: $*" >&2; }
die() { log "$*"; exit 1; }

node_dir() { echo "$DIR/node$1"; }
cnf() { echo "$(node_dir "$1")/my.cnf"; }
sock() { echo "$(node_dir "$1")/mysqld.sock"; }
pidfile() { echo "$(node_dir "$1")/mysqld.pid"; }

# a pid from our pid file, only if that process is still ours (its command line names our folder)
own_pid() {
  local file=$1 pid
  [ -f "$file" ] || return 1
  pid=$(cat "$file" 2>/dev/null) || return 1
  [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "$DIR" || return 1
  echo "$pid"
}

sql() { # node, statement: as root over the node's socket
  mariadb --no-defaults -uroot --socket="$(sock "$1")" -N -B -e "$2"
}

wsrep() { # node, status variable
  sql "$1" "SHOW GLOBAL STATUS LIKE '$2'" 2>/dev/null | awk '{print $2}'
}

write_config() {
  local n=$1 i=$(($1 - 1)) d
  d=$(node_dir "$n")
  local members
  members=$(printf '127.0.0.1:%s,' "${GCOMM_PORTS[@]}")
  cat >"$(cnf "$n")" <<EOF
[mysqld]
datadir=$d/data
socket=$d/mysqld.sock
pid-file=$d/mysqld.pid
log-error=$d/error.log
port=${SQL_PORTS[$i]}
bind-address=127.0.0.1
skip-name-resolve
performance_schema=OFF
innodb_buffer_pool_size=64M
innodb_log_file_size=16M
max_connections=300
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
innodb_flush_log_at_trx_commit=2
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=chidao_test
wsrep_cluster_address=gcomm://${members%,}
wsrep_node_name=node$n
wsrep_node_address=127.0.0.1:${GCOMM_PORTS[$i]}
wsrep_node_incoming_address=127.0.0.1:${SQL_PORTS[$i]}
wsrep_provider_options="base_port=${GCOMM_PORTS[$i]};gmcast.listen_addr=tcp://127.0.0.1:${GCOMM_PORTS[$i]};ist.recv_addr=127.0.0.1:${IST_PORTS[$i]};gcache.size=128M;evs.suspect_timeout=PT3S;evs.inactive_timeout=PT6S;evs.install_timeout=PT6S"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:${SST_PORTS[$i]}
wsrep_slave_threads=2
# a write set (one transaction) above 128 MiB is refused: the cluster tests check that the
# product's largest transactions (a 10,000-row import, opening a province's cycle) stay under it
wsrep_max_ws_rows=0
wsrep_max_ws_size=134217728
EOF
}

start_mariadbd() { # node, extra options
  local n=$1; shift
  local d
  d=$(node_dir "$n")
  chown -R mysql:mysql "$d"
  # setsid: the node outlives this script and a test runner's process group
  setsid /usr/sbin/mariadbd --defaults-file="$(cnf "$n")" --user=mysql "$@" </dev/null >>"$d/stdout.log" 2>&1 &
}

wait_synced() { # node
  local n=$1
  for _ in $(seq 1 "$WAIT_SECONDS"); do
    if [ "$(wsrep "$n" wsrep_local_state_comment)" = "Synced" ] && [ "$(wsrep "$n" wsrep_ready)" = "ON" ]; then return 0; fi
    sleep 1
  done
  tail -n 30 "$(node_dir "$n")/error.log" >&2 || true
  die "node $n did not reach Synced in ${WAIT_SECONDS}s (log: $(node_dir "$n")/error.log)"
}

wait_size() { # expected size
  for _ in $(seq 1 "$WAIT_SECONDS"); do
    local ok=1 m
    for m in 1 2 3; do
      [ "$(wsrep "$m" wsrep_cluster_size)" = "$1" ] || ok=0
    done
    [ $ok = 1 ] && return 0
    sleep 1
  done
  die "the cluster did not reach size $1 in ${WAIT_SECONDS}s"
}

write_haproxy() {
  # HAProxy's external check: a node takes requests only while Galera says it is Synced (state 4);
  # a joiner, a donor or a node cut off from the primary component still answers the handshake
  cat >"$DIR/synced-check.sh" <<EOF
#!/bin/sh
# called by HAProxy as: <proxy address> <proxy port> <server address> <server port>
state=\$(mariadb --no-defaults --connect-timeout=1 -h"\$3" -P"\$4" -u$CHECK_USER -N -B -e "SHOW GLOBAL STATUS LIKE 'wsrep_local_state'" 2>/dev/null | cut -f2)
[ "\$state" = 4 ]
EOF
  chmod 755 "$DIR/synced-check.sh"
  cat >"$DIR/haproxy.cfg" <<EOF
global
    maxconn 2000
    external-check
    insecure-fork-wanted

defaults
    mode tcp
    timeout connect 2s
    timeout client 1h
    timeout server 1h
    timeout check 1s
    retries 3
    option redispatch

# one address for the product; a node that is not Synced (down, joining, donor, out of the
# primary component) is out after two failed checks, 1 s, and its sessions are cut
listen galera
    bind 127.0.0.1:$PROXY_PORT
    balance leastconn
    option external-check
    external-check path "/usr/bin:/bin"
    external-check command $DIR/synced-check.sh
    default-server inter 500ms fall 2 rise 2 on-marked-down shutdown-sessions
    server node1 127.0.0.1:${SQL_PORTS[0]} check
    server node2 127.0.0.1:${SQL_PORTS[1]} check
    server node3 127.0.0.1:${SQL_PORTS[2]} check

listen stats
    bind 127.0.0.1:$STATS_PORT
    mode http
    stats enable
    stats uri /
EOF
}

cmd_stop() {
  local pid
  if pid=$(own_pid "$DIR/haproxy.pid"); then kill "$pid" 2>/dev/null || true; fi
  for n in 3 2 1; do
    if pid=$(own_pid "$(pidfile "$n")"); then kill "$pid" 2>/dev/null || true; fi
  done
  for n in 1 2 3; do
    for _ in $(seq 1 30); do own_pid "$(pidfile "$n")" >/dev/null || break; sleep 1; done
    if pid=$(own_pid "$(pidfile "$n")"); then kill -9 "$pid" 2>/dev/null || true; fi
  done
  log "stopped"
}

cmd_start() {
  for tool in /usr/sbin/mariadbd /usr/bin/mariadb-install-db /usr/lib/galera/libgalera_smm.so /usr/sbin/haproxy; do
    [ -e "$tool" ] || die "missing $tool (apt-get install mariadb-server galera-4 haproxy rsync)"
  done
  command -v rsync >/dev/null || die "missing rsync (apt-get install rsync): nodes cannot join"
  [ "$(id -u)" = 0 ] || die "run as root: the nodes run as the mysql user"
  for port in "${SQL_PORTS[@]}" "$PROXY_PORT"; do
    [ "$port" != 3306 ] || die "3306 is the machine's own MariaDB: choose other ports"
  done
  cmd_stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
  mkdir -p "$DIR"
  chmod 755 "$DIR"
  for n in 1 2 3; do
    mkdir -p "$(node_dir "$n")/data"
    write_config "$n"
  done
  chown -R mysql:mysql "$DIR"/node*
  mariadb-install-db --defaults-file="$(cnf 1)" --user=mysql --skip-test-db --auth-root-authentication-method=socket \
    >"$(node_dir 1)/install.log" 2>&1 || { cat "$(node_dir 1)/install.log" >&2; die "mariadb-install-db failed"; }
  log "bootstrapping node 1"
  start_mariadbd 1 --wsrep-new-cluster
  wait_synced 1
  sql 1 "CREATE USER IF NOT EXISTS '$APP_USER'@'%' IDENTIFIED BY '$APP_PASSWORD';
         GRANT ALL PRIVILEGES ON *.* TO '$APP_USER'@'%' WITH GRANT OPTION;
         CREATE USER IF NOT EXISTS '$CHECK_USER'@'%';
         CREATE DATABASE IF NOT EXISTS chidao CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
         CREATE DATABASE IF NOT EXISTS test CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
  for n in 2 3; do
    log "joining node $n (rsync state transfer)"
    start_mariadbd "$n"
    wait_synced "$n"
  done
  wait_size 3
  write_haproxy
  /usr/sbin/haproxy -f "$DIR/haproxy.cfg" -D -p "$DIR/haproxy.pid" || die "haproxy did not start"
  for _ in $(seq 1 20); do
    mariadb --no-defaults -h127.0.0.1 -P"$PROXY_PORT" -u"$APP_USER" -p"$APP_PASSWORD" -N -B -e 'SELECT 1' >/dev/null 2>&1 && break
    sleep 0.5
  done
  log "cluster of 3 up: mariadb://$APP_USER:$APP_PASSWORD@127.0.0.1:$PROXY_PORT/chidao (nodes ${SQL_PORTS[*]})"
}

cmd_status() {
  local pid
  for n in 1 2 3; do
    if pid=$(own_pid "$(pidfile "$n")"); then
      echo "node$n pid=$pid port=${SQL_PORTS[$((n - 1))]} state=$(wsrep "$n" wsrep_local_state_comment) size=$(wsrep "$n" wsrep_cluster_size) ready=$(wsrep "$n" wsrep_ready)"
    else
      echo "node$n down"
    fi
  done
  if pid=$(own_pid "$DIR/haproxy.pid"); then echo "haproxy pid=$pid port=$PROXY_PORT"; else echo "haproxy down"; fi
}

cmd_kill_node() {
  local n=$1 pid
  pid=$(own_pid "$(pidfile "$n")") || die "node $n is not running"
  kill -9 "$pid"
  log "node $n (pid $pid) killed"
}

cmd_start_node() {
  local n=$1
  if own_pid "$(pidfile "$n")" >/dev/null; then log "node $n is already running"; else start_mariadbd "$n"; fi
  wait_synced "$n"
  wait_size 3
  log "node $n rejoined: cluster size 3"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  kill-node) cmd_kill_node "${2:?node 1, 2 or 3}" ;;
  start-node) cmd_start_node "${2:?node 1, 2 or 3}" ;;
  *) echo "usage: $0 start|stop|status|kill-node N|start-node N" >&2; exit 2 ;;
esac
