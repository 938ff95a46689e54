#!/usr/bin/env bash
# openstack-ts's local cloud: a small but real OpenStack (Zed, Debian 12 packages) on 127.0.0.1,
# for the acceptance tests and the demo. The project's own copy of the shared recipe: it must not
# depend on anything outside this repository at run time. Use `pnpm cloud:up` / `pnpm cloud:down`.
# No systemd, no containers: every daemon is started here in the background,
# with its log and pid file under $OS_STATE_DIR. Re-runnable: configs are
# rewritten, DB syncs and the keystone bootstrap are idempotent, and daemons
# already running (per pid file) are left alone. Stop with down.sh.
# Output: one line per step with its time (progress.sh); the output of every daemon and tool goes
# to $OS_STATE_DIR/log/ (apt-get: apt.log, migrations: <service>-manage.log, this run's steps and
# the rest: up.log). A failed step prints its command, its log's path and that log's tail.
#
# Env:
#   OS_STATE_DIR    state dir (configs, data, logs, pids)  default /var/tmp/openstack-ts
#   OS_CLOUDS_YAML  where to write clouds.yaml             default $OS_STATE_DIR/clouds.yaml
#   OS_SERVICES     services to run (keystone is implied)
#                   default "glance placement nova neutron swift cinder heat"
#                   opt-in: octavia designate manila magnum mistral
#                   ironic-inspector zaqar trove senlin (see NOTES.md)
#   OS_PASSWORD_ALL password of every user / DB account    default secret
#   OS_SKIP_INSTALL=1  do not call apt-get
#   OS_TOKEN_EXPIRATION  keystone token lifetime, seconds    default 3600 (keystone's)
#   OS_PORT_BINDING=0  plain ML2 without a mechanism driver: ports never bind, so
#                   servers can only boot with --nic none (see NOTES.md)
#   OS_CORS_ORIGINS origins whose pages may call keystone, glance, nova, neutron
#                   and swift from a browser (comma-separated; empty: none)
#                   default http://127.0.0.1:8099 (examples/browser's test page)
set -euo pipefail

STATE=${OS_STATE_DIR:-/var/tmp/openstack-ts}
CLOUDS_YAML=${OS_CLOUDS_YAML:-$STATE/clouds.yaml}
SERVICES=" keystone ${OS_SERVICES:-glance placement nova neutron swift cinder heat} "
PW=${OS_PASSWORD_ALL:-secret}
TOKEN_EXPIRATION=${OS_TOKEN_EXPIRATION:-3600}
HOST=127.0.0.1
KS=http://$HOST:5000
REGION=RegionOne
PY=/usr/bin/python3            # never a python from PATH (pyenv etc.)
ETC=$STATE/etc LOG=$STATE/log RUN=$STATE/run DATA=$STATE/data
DB="mysql+pymysql://openstack:$PW@$HOST:3306"
RABBIT="rabbit://guest:guest@$HOST:5672/"
has() { [[ $SERVICES == *" $1 "* ]]; }
T0=$(date +%s)
[[ $(id -u) == 0 ]] || { echo "up.sh: must run as root (it installs packages and starts daemons)" >&2; exit 1; }
# From here on, only progress lines reach the terminal: say, step (progress.sh)
. "$(dirname "${BASH_SOURCE[0]}")/progress.sh"
progress_init "$LOG" "$RUN"
mkdir -p "$ETC" "$RUN" "$DATA"
say "local cloud in $STATE; the services' and tools' output goes to $LOG/"
# ---------------------------------------------------------------- packages
PKGS="mariadb-server rabbitmq-server python3-pymysql python3-openstackclient
 uwsgi-core uwsgi-plugin-python3 python3-keystone curl"
has glance    && PKGS+=" glance-common"
has placement && PKGS+=" python3-placement"
has nova      && PKGS+=" nova-common"
has neutron   && PKGS+=" neutron-common"
has swift     && PKGS+=" swift swift-proxy swift-account swift-container swift-object python3-swiftclient memcached"
has cinder    && PKGS+=" cinder-common"
has heat      && PKGS+=" heat-common python3-heatclient"
has barbican  && PKGS+=" barbican-common python3-barbicanclient"
has octavia   && PKGS+=" octavia-common python3-octaviaclient openssl"
has designate && PKGS+=" designate-common python3-designateclient"
has ironic    && PKGS+=" ironic-common python3-ironicclient"
has manila    && PKGS+=" manila-common python3-manilaclient"
has magnum    && PKGS+=" magnum-common python3-magnumclient"
has mistral   && PKGS+=" mistral-common python3-mistralclient"
has ironic-inspector && PKGS+=" python3-ironic-inspector"  # the -client pkg is empty in bookworm
has zaqar     && PKGS+=" zaqar-common python3-zaqarclient"
has trove     && PKGS+=" trove-common python3-troveclient"
has senlin    && PKGS+=" senlin-common python3-senlinclient"
if [[ ${OS_SKIP_INSTALL:-0} != 1 ]]; then
  missing=$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' $PKGS 2>/dev/null | awk '$2!="installed"{print $1}' || true)
  for p in $PKGS; do dpkg-query -W "$p" >/dev/null 2>&1 || missing+=" $p"; done
  if [[ -n ${missing// } ]]; then
    pkgs=($missing)
    step "installing ${#pkgs[@]} packages and what they need (apt-get, log: $LOG/apt.log)" apt
    # keep package scripts from starting daemons or asking questions;
    # the *-common packages default to "don't configure db/rabbit/keystone".
    if [[ ! -e /usr/sbin/policy-rc.d ]]; then
      printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq   # a fresh machine has no package lists yet
    apt-get install -y -q --no-install-recommends \
      -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold $missing
    step_note "installed $(grep -c "^Setting up " "$LOG/apt.log" || true) packages"
  fi
fi
# ---------------------------------------------------------------- helpers
running() { [[ -f $RUN/$1.pid ]] && kill -0 "$(cat "$RUN/$1.pid")" 2>/dev/null; }
# start NAME CMD...: own session (pid == pgid, so down.sh can stop the whole group)
# (its output to $LOG/NAME.log; fds 3 and 4, up.sh's terminal, closed)
start() {
  local name=$1; shift
  if running "$name"; then step_running "$name"; return 0; fi
  setsid "$@" >>"$LOG/$name.log" 2>&1 </dev/null 3>&- 4>&- &
  echo $! >"$RUN/$name.pid"
  echo "started $name (pid $!)"
  step_started "$name"
}
# pymain NAME MODULE ARGS...: run an OpenStack console-script entry point
pymain() { local n=$1 m=$2; shift 2; start "$n" $PY -c "import sys; from $m import main; sys.exit(main())" "$@"; }
# [UWSGI_PROCS=N] uwsgi_app NAME PORT WSGI_FILE [ENV=VAL...]
uwsgi_app() {
  local n=$1 port=$2 file=$3; shift 3
  local envs=(); for e in "$@"; do envs+=(--env "$e"); done
  start "$n" uwsgi --plugin python3 --master --die-on-term --need-app --processes "${UWSGI_PROCS:-2}" --threads 1 \
    --http-socket "$HOST:$port" --wsgi-file "$file" --buffer-size 65535 \
    --add-header "Connection: close" "${envs[@]}"  # uwsgi http-socket: no keep-alive
}
wait_port() { # PORT [SECONDS]
  local i; for ((i = 0; i < ${2:-120}; i++)); do
    (exec 5<>"/dev/tcp/$HOST/$1") 2>/dev/null && return 0; sleep 1; done
  step_why "nothing listens on port $1 after ${2:-120}s"; echo "timeout waiting for port $1" >&2; return 1
}
wait_http() { # URL [SECONDS]: any HTTP answer below 500
  local i c; for ((i = 0; i < ${2:-120}; i++)); do
    c=$(curl -s -o /dev/null -w '%{http_code}' "$1" || true)
    [[ $c =~ ^[1-4] ]] && return 0; sleep 1; done
  step_why "no answer from $1 after ${2:-120}s"; echo "timeout waiting for $1" >&2; return 1
}
# authtoken SERVICE_USER: [keystone_authtoken] section for keystonemiddleware
authtoken() { cat <<EOF
[keystone_authtoken]
www_authenticate_uri = $KS
auth_url = $KS
auth_type = password
user_domain_name = Default
project_domain_name = Default
project_name = service
username = $1
password = $PW
EOF
}
# svcauth SECTION USER: keystoneauth section used by one service to call another
svcauth() { cat <<EOF
[$1]
auth_url = $KS
auth_type = password
user_domain_name = Default
project_domain_name = Default
project_name = service
username = $2
password = $PW
region_name = $REGION
EOF
}
# CORS, so that a page from one of these origins can call the APIs from a browser. Keystone,
# glance, nova and neutron have oslo.middleware's cors filter in their pipeline, but it reads its
# [cors] section from the project's default config files (/etc/nova/nova.conf), not from the
# --config-file each daemon gets here; oslo.config also reads OS_<GROUP>__<OPTION> variables, so
# the [cors] options go to every daemon started below through the environment.
# allow_headers: what the SDK sends beyond the CORS-safelisted ones (JSON's Content-Type, the
# token, microversions, conditions). expose_headers: what it reads from answers (the new token,
# request IDs, microversions, Location, ETags, Retry-After); a browser hides any other header.
CORS_ORIGINS=${OS_CORS_ORIGINS-http://127.0.0.1:8099}
CORS_ALLOW_HEADERS=Content-Type,X-Auth-Token,X-Subject-Token,OpenStack-API-Version,X-OpenStack-Nova-API-Version,X-OpenStack-Request-Id,If-Match,If-None-Match
if [[ -n $CORS_ORIGINS ]]; then
  export OS_CORS__ALLOWED_ORIGIN=$CORS_ORIGINS OS_CORS__ALLOW_HEADERS=$CORS_ALLOW_HEADERS OS_CORS__MAX_AGE=3600 \
    OS_CORS__ALLOW_METHODS=GET,HEAD,POST,PUT,PATCH,DELETE \
    OS_CORS__EXPOSE_HEADERS=X-Subject-Token,X-OpenStack-Request-Id,X-Compute-Request-Id,OpenStack-API-Version,X-OpenStack-Nova-API-Version,Location,ETag,Retry-After,Content-Range,OpenStack-Image-Import-Methods,OpenStack-Image-Store-Ids
fi

# ---------------------------------------------------------------- mariadb
step mariadb
MYSQL_SOCK=$RUN/mysqld.sock
if [[ ! -d $DATA/mysql/mysql ]]; then
  step_note "new database in $DATA/mysql"
  mkdir -p "$DATA/mysql"
  step_show "$LOG/mariadb-install.log"
  mariadb-install-db --no-defaults --user=root --datadir="$DATA/mysql" --skip-test-db >"$LOG/mariadb-install.log" 2>&1
fi
start mariadb mariadbd --no-defaults --user=root --datadir="$DATA/mysql" --socket="$MYSQL_SOCK" \
  --bind-address=$HOST --port=3306 --skip-name-resolve --max-connections=1000 \
  --innodb-buffer-pool-size=128M --innodb-flush-log-at-trx-commit=0 --performance-schema=OFF \
  --character-set-server=utf8mb4 --collation-server=utf8mb4_general_ci
step_show "$LOG/mariadb.log"
for ((i = 0; i < 60; i++)); do mariadb --no-defaults -S "$MYSQL_SOCK" -uroot -e 'select 1' >/dev/null 2>&1 && break; sleep 1; done
sql() { mariadb --no-defaults -S "$MYSQL_SOCK" -uroot -e "$1"; }
sql "CREATE USER IF NOT EXISTS 'openstack'@'127.0.0.1' IDENTIFIED BY '$PW';
     GRANT ALL PRIVILEGES ON *.* TO 'openstack'@'127.0.0.1';"
for d in keystone glance placement nova_api nova nova_cell0 neutron cinder heat \
         barbican octavia designate ironic magnum mistral ironic_inspector zaqar trove senlin; do
  sql "CREATE DATABASE IF NOT EXISTS $d"
done
# manila's migrations "CONVERT TO CHARACTER SET utf8", which fails on utf8mb4
# tables with foreign keys: give it a utf8 (mb3) database from the start
sql "CREATE DATABASE IF NOT EXISTS manila CHARACTER SET utf8 COLLATE utf8_general_ci"

# ---------------------------------------------------------------- rabbitmq
# bound to loopback; epmd and the erlang distribution port too. guest/guest
# is allowed from loopback only, which is all we need. epmd is started here
# in the foreground: left to erlang it daemonizes and escapes down.sh.
step rabbitmq
mkdir -p "$DATA/rabbitmq"
start epmd epmd -address $HOST -port 4369
wait_port 4369 20
start rabbitmq env HOME="$DATA/rabbitmq" RABBITMQ_NODENAME=rabbit@localhost \
  RABBITMQ_NODE_IP_ADDRESS=$HOST RABBITMQ_NODE_PORT=5672 ERL_EPMD_ADDRESS=$HOST \
  RABBITMQ_DIST_PORT=25672 RABBITMQ_MNESIA_BASE="$DATA/rabbitmq/mnesia" \
  RABBITMQ_LOG_BASE="$LOG/rabbitmq" RABBITMQ_PID_FILE="$DATA/rabbitmq/beam.pid" \
  RABBITMQ_ENABLED_PLUGINS_FILE="$DATA/rabbitmq/enabled_plugins" \
  RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}" \
  /usr/lib/rabbitmq/bin/rabbitmq-server

# ---------------------------------------------------------------- keystone
step keystone keystone-manage
mkdir -p "$ETC/keystone" "$DATA/keystone/fernet-keys" "$DATA/keystone/credential-keys"
cat >"$ETC/keystone/keystone.conf" <<EOF
[DEFAULT]
use_stderr = true
[database]
connection = $DB/keystone
[auth]
methods = external,password,token,oauth1,mapped,application_credential,totp
[token]
provider = fernet
expiration = $TOKEN_EXPIRATION
[fernet_tokens]
key_repository = $DATA/keystone/fernet-keys
[fernet_receipts]
key_repository = $DATA/keystone/fernet-keys
[credential]
key_repository = $DATA/keystone/credential-keys
EOF
KM="keystone-manage --config-file $ETC/keystone/keystone.conf"
if ! running keystone; then
  $KM db_sync
  [[ -e $DATA/keystone/fernet-keys/0 ]] || $KM fernet_setup --keystone-user root --keystone-group root
  [[ -e $DATA/keystone/credential-keys/0 ]] || $KM credential_setup --keystone-user root --keystone-group root
  $KM bootstrap --bootstrap-password "$PW" --bootstrap-region-id $REGION \
    --bootstrap-admin-url $KS/v3/ --bootstrap-public-url $KS/v3/ --bootstrap-internal-url $KS/v3/
fi
uwsgi_app keystone 5000 /usr/bin/keystone-wsgi-public OS_KEYSTONE_CONFIG_FILES="$ETC/keystone/keystone.conf"
step_show "$LOG/keystone.log"
wait_http $KS/v3

# users, projects, catalog (find-or-create, in one python process: fast)
step "keystone: users, projects, service catalog" keystone-bootstrap
cat >"$ETC/keystone/bootstrap.py" <<'EOF'
import os, sys
from keystoneauth1 import session
from keystoneauth1.identity import v3
from keystoneclient.v3 import client
ks, pw, region = os.environ["KS"], os.environ["PW"], os.environ["REGION"]
services = os.environ["SERVICES"].split()
auth = v3.Password(auth_url=ks + "/v3", username="admin", password=pw, project_name="admin",
                   user_domain_id="default", project_domain_id="default")
c = client.Client(session=session.Session(auth=auth))
def first(xs): return xs[0] if xs else None
def project(name):
    return first(c.projects.list(name=name, domain="default")) or \
        c.projects.create(name, "default", description=name + " project")
def user(name, proj):
    u = first(c.users.list(name=name, domain="default"))
    if u: c.users.update(u, password=pw)
    return u or c.users.create(name, domain="default", password=pw, default_project=proj)
def role(name): return first(c.roles.list(name=name)) or c.roles.create(name)
admin, member, reader = role("admin"), role("member"), role("reader")
service = role("service")  # service tokens (cinder only lets nova detach with one)
svc = project("service"); demo = project("demo")
c.roles.grant(member, user=user("demo", demo), project=demo)
c.roles.grant(admin, user=first(c.users.list(name="admin")), project=demo)
H = "http://127.0.0.1"
catalog = {  # name: (type, url, service users)
    "glance": ("image", H + ":9292", ["glance"]),
    "placement": ("placement", H + ":8778", ["placement"]),
    "nova": ("compute", H + ":8774/v2.1", ["nova"]),
    "neutron": ("network", H + ":9696", ["neutron"]),
    "swift": ("object-store", H + ":8080/v1/AUTH_%(project_id)s", ["swift"]),
    "cinderv3": ("volumev3", H + ":8776/v3/%(project_id)s", ["cinder"]),
    "cinder": ("block-storage", H + ":8776/v3/%(project_id)s", []),
    "heat": ("orchestration", H + ":8004/v1/%(project_id)s", ["heat"]),
    "heat-cfn": ("cloudformation", H + ":8000/v1", []),
    "barbican": ("key-manager", H + ":9311", ["barbican"]),
    "octavia": ("load-balancer", H + ":9876", ["octavia"]),
    "designate": ("dns", H + ":9001", ["designate"]),
    "ironic": ("baremetal", H + ":6385", ["ironic"]),
    "manila": ("share", H + ":8786/v1/%(project_id)s", ["manila"]),
    "manilav2": ("sharev2", H + ":8786/v2", []),
    "magnum": ("container-infra", H + ":9511/v1", ["magnum"]),
    "mistral": ("workflowv2", H + ":8989/v2", ["mistral"]),
    "ironic-inspector": ("baremetal-introspection", H + ":5050", ["ironic-inspector"]),
    "zaqar": ("messaging", H + ":8888", ["zaqar"]),
    "trove": ("database", H + ":8779/v1.0/%(project_id)s", ["trove"]),
    "senlin": ("clustering", H + ":8777", ["senlin"]),
}
for name, (stype, url, users) in catalog.items():
    base = name if name == "ironic-inspector" else name.replace("v3", "").replace("v2", "").split("-")[0]
    if base not in services: continue
    s = first(c.services.list(name=name, type=stype)) or c.services.create(name, stype)
    for iface in ("public", "internal"):
        e = first(c.endpoints.list(service=s, interface=iface, region=region))
        if e and e.url != url: c.endpoints.update(e, url=url)
        elif not e: c.endpoints.create(s, url, interface=iface, region=region)
    for u in users:
        c.roles.grant(admin, user=user(u, svc), project=svc)
        c.roles.grant(service, user=user(u, svc), project=svc)
if "heat" in services:  # heat: domain for stack users, role for stack owners
    role("heat_stack_owner"); role("heat_stack_user")
    d = first(c.domains.list(name="heat")) or c.domains.create("heat", description="heat stacks")
    u = first(c.users.list(name="heat_domain_admin", domain=d))
    if u: c.users.update(u, password=pw)
    else: u = c.users.create("heat_domain_admin", domain=d, password=pw)
    c.roles.grant(admin, user=u, domain=d)
if "magnum" in services:  # magnum: trustee domain + its admin (checked on every request)
    d = first(c.domains.list(name="magnum")) or c.domains.create("magnum", description="magnum trustees")
    u = first(c.users.list(name="magnum_domain_admin", domain=d))
    if u: c.users.update(u, password=pw)
    else: u = c.users.create("magnum_domain_admin", domain=d, password=pw)
    c.roles.grant(admin, user=u, domain=d)
if "octavia" in services:  # octavia's policy wants load-balancer_* roles (not member)
    c.roles.grant(role("load-balancer_member"), user=first(c.users.list(name="demo")), project=demo)
print("keystone bootstrap ok")
EOF
KS=$KS PW=$PW REGION=$REGION SERVICES="$SERVICES" $PY "$ETC/keystone/bootstrap.py"

# clouds.yaml: local-admin and local-demo
mkdir -p "$(dirname "$CLOUDS_YAML")"
cat >"$CLOUDS_YAML" <<EOF
clouds:
  local-admin:
    auth:
      auth_url: $KS/v3
      username: admin
      password: $PW
      project_name: admin
      user_domain_name: Default
      project_domain_name: Default
    region_name: $REGION
    interface: public
    identity_api_version: 3
  local-demo:
    auth:
      auth_url: $KS/v3
      username: demo
      password: $PW
      project_name: demo
      user_domain_name: Default
      project_domain_name: Default
    region_name: $REGION
    interface: public
    identity_api_version: 3
EOF
export OS_CLIENT_CONFIG_FILE=$CLOUDS_YAML

# wait for rabbit before the services that need it
step "rabbitmq: waiting for it to listen"
step_show "$LOG/rabbitmq.log"
wait_port 5672 120

# ---------------------------------------------------------------- glance
if has glance; then
  step glance glance-manage
  mkdir -p "$ETC/glance" "$DATA/glance"/{images,staging,tasks}
  cat >"$ETC/glance/glance-api.conf" <<EOF
[DEFAULT]
bind_host = $HOST
bind_port = 9292
workers = 1
enabled_backends = file:file
[database]
connection = $DB/glance
[glance_store]
default_backend = file
[file]
filesystem_store_datadir = $DATA/glance/images
[os_glance_staging_store]
filesystem_store_datadir = $DATA/glance/staging
[os_glance_tasks_store]
filesystem_store_datadir = $DATA/glance/tasks
[oslo_concurrency]
lock_path = $DATA/glance/lock
[paste_deploy]
flavor = keystone
config_file = /usr/share/glance-common/glance-api-paste.ini
$(authtoken glance)
EOF
  running glance-api || glance-manage --config-file "$ETC/glance/glance-api.conf" db_sync >>"$LOG/glance-manage.log" 2>&1
  pymain glance-api glance.cmd.api --config-file "$ETC/glance/glance-api.conf"
fi

# ---------------------------------------------------------------- placement
if has placement || has nova; then
  step placement placement-manage
  mkdir -p "$ETC/placement"
  cat >"$ETC/placement/placement.conf" <<EOF
[DEFAULT]
use_stderr = true
[placement_database]
connection = $DB/placement
[api]
auth_strategy = keystone
$(authtoken placement)
EOF
  running placement || placement-manage --config-file "$ETC/placement/placement.conf" db sync
  uwsgi_app placement 8778 /usr/bin/placement-api OS_PLACEMENT_CONFIG_DIR="$ETC/placement"
fi

# ---------------------------------------------------------------- nova (fake virt driver)
# Port binding without agents: neutron's "test" ML2 mechanism driver (shipped
# in python3-neutron) binds ports whose binding:host_id is "host-ovs-filter-active"
# as vif_type=ovs, status ACTIVE. nova-compute's host (= hypervisor name) is set
# to that, so servers can boot on tenant networks. Its bookkeeping asserts are
# per-process, so neutron-server runs with PYTHONOPTIMIZE=1 (asserts off).
if [[ ${OS_PORT_BINDING:-1} == 1 ]] && has neutron; then
  NOVA_HOST=host-ovs-filter-active MECH_DRIVERS=test
else
  NOVA_HOST=localhost MECH_DRIVERS=
fi
if has nova; then
  step nova nova-manage
  mkdir -p "$ETC/nova" "$DATA/nova/instances"
  cat >"$ETC/nova/nova.conf" <<EOF
[DEFAULT]
transport_url = $RABBIT
compute_driver = fake.FakeDriver
my_ip = $HOST
host = $NOVA_HOST
state_path = $DATA/nova
instances_path = $DATA/nova/instances
enabled_apis = osapi_compute
osapi_compute_listen = $HOST
osapi_compute_listen_port = 8774
osapi_compute_workers = 1
allow_resize_to_same_host = true
[api]
auth_strategy = keystone
[api_database]
connection = $DB/nova_api
[database]
connection = $DB/nova
[conductor]
workers = 1
[scheduler]
workers = 1
discover_hosts_in_cells_interval = 5
[wsgi]
api_paste_config = /usr/share/nova-common/api-paste.ini
[oslo_concurrency]
lock_path = $DATA/nova/lock
[vnc]
enabled = false
[glance]
valid_interfaces = public
[cinder]
os_region_name = $REGION
$(authtoken nova)
$(svcauth placement placement)
$(svcauth service_user nova)
send_service_user_token = true
$( if has neutron; then svcauth neutron neutron; fi )
EOF
  NM="nova-manage --config-file $ETC/nova/nova.conf"
  if ! running nova-api; then
    $NM api_db sync
    $NM cell_v2 map_cell0 --database_connection "$DB/nova_cell0" 2>/dev/null || true
    $NM cell_v2 list_cells | grep -q ' cell1 ' || \
      $NM cell_v2 create_cell --name cell1 --transport-url "$RABBIT" --database_connection "$DB/nova"
    $NM db sync
  fi
  wait_http http://$HOST:8778/
  pymain nova-api nova.cmd.api --config-file "$ETC/nova/nova.conf"
  pymain nova-conductor nova.cmd.conductor --config-file "$ETC/nova/nova.conf"
  pymain nova-scheduler nova.cmd.scheduler --config-file "$ETC/nova/nova.conf"
  pymain nova-compute nova.cmd.compute --config-file "$ETC/nova/nova.conf"
fi

# ---------------------------------------------------------------- neutron (ML2, no agents)
if has neutron; then
  step neutron neutron-db-manage
  mkdir -p "$ETC/neutron" "$DATA/neutron"
  cat >"$ETC/neutron/neutron.conf" <<EOF
[DEFAULT]
bind_host = $HOST
bind_port = 9696
core_plugin = ml2
# router: L3 and floating IPs; the rest give the API objects the SDK's networking package covers
# (segments, QoS policies and rules, floating IP port forwardings). No agents run. The trunk
# plugin refuses to load without a mechanism driver that supports trunks (none here).
service_plugins = router,segments,qos,port_forwarding
dns_domain = openstack-ts.test.
allow_overlapping_ips = true
auth_strategy = keystone
transport_url = $RABBIT
api_workers = 1
rpc_workers = 1
rpc_state_report_workers = 0
state_path = $DATA/neutron
api_paste_config = /usr/share/neutron-common/api-paste.ini
notify_nova_on_port_status_changes = false
notify_nova_on_port_data_changes = false
[database]
connection = $DB/neutron
[oslo_concurrency]
lock_path = $DATA/neutron/lock
[agent]
root_helper =
$(authtoken neutron)
$(svcauth nova nova)
[ml2]
type_drivers = flat,vlan,vxlan
tenant_network_types = vxlan
mechanism_drivers = $MECH_DRIVERS
extension_drivers = port_security,qos,dns
[ml2_type_flat]
flat_networks = public
[ml2_type_vlan]
network_vlan_ranges = public
[ml2_type_vxlan]
vni_ranges = 1:1000
EOF
  running neutron-server || neutron-db-manage --config-file "$ETC/neutron/neutron.conf" upgrade heads >>"$LOG/neutron-db-manage.log" 2>&1
  start neutron-server env PYTHONOPTIMIZE=1 neutron-server --config-file "$ETC/neutron/neutron.conf"
fi

# ---------------------------------------------------------------- swift (1 replica, 1 device)
if has swift; then
  step swift swift-rings
  S=$ETC/swift
  mkdir -p "$S" "$DATA/swift/d1" "$RUN/swift"
  # swift logs only to syslog: /dev/log, else UDP localhost:514 (the access
  # log ignores log_address). Send all of it to a tiny UDP receiver on
  # 127.0.0.1:5140 that writes $LOG/swift-log.log.
  start swift-log $PY -c 'import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 5140))
while True: print(s.recv(65536).decode(errors="replace").split(">", 1)[-1].rstrip(), flush=True)'
  # the hash path suffix is read from /etc/swift/swift.conf (hard-coded path)
  if ! grep -q '^swift_hash_path_suffix *= *[^ ]' /etc/swift/swift.conf 2>/dev/null; then
    mkdir -p /etc/swift
    printf '[swift-hash]\nswift_hash_path_suffix = localdev\nswift_hash_path_prefix = localdev\n[storage-policy:0]\nname = Policy-0\ndefault = yes\n' >/etc/swift/swift.conf
  fi
  for kind in account:6202 container:6201 object:6200; do
    name=${kind%%:*} port=${kind##*:}
    if [[ ! -f $S/$name.ring.gz ]]; then
      swift-ring-builder "$S/$name.builder" create 8 1 1 >/dev/null
      swift-ring-builder "$S/$name.builder" add r1z1-$HOST:$port/d1 100 >/dev/null
      swift-ring-builder "$S/$name.builder" rebalance >/dev/null || true
    fi
    cat >"$S/$name-server.conf" <<EOF
[DEFAULT]
bind_ip = $HOST
bind_port = $port
workers = 0
user = root
swift_dir = $S
devices = $DATA/swift
mount_check = false
log_name = $name-server
log_udp_host = $HOST
log_udp_port = 5140
[pipeline:main]
pipeline = healthcheck recon $name-server
[app:$name-server]
use = egg:swift#$name
[filter:healthcheck]
use = egg:swift#healthcheck
[filter:recon]
use = egg:swift#recon
recon_cache_path = $RUN/swift
EOF
    start swift-$name swift-$name-server "$S/$name-server.conf"
  done
  cat >"$S/proxy-server.conf" <<EOF
[DEFAULT]
bind_ip = $HOST
bind_port = 8080
workers = 0
user = root
swift_dir = $S
log_name = proxy-server
log_udp_host = $HOST
log_udp_port = 5140
[pipeline:main]
# the devstack order; no ratelimit (off), no cache (no memcached)
pipeline = catch_errors cors gatekeeper healthcheck proxy-logging listing_formats bulk tempurl formpost authtoken keystoneauth staticweb copy container-quotas account-quotas slo dlo versioned_writes symlink proxy-logging proxy-server
[app:proxy-server]
use = egg:swift#proxy
account_autocreate = true
# CORS for containers and objects: Swift's own (these origins, for every container, besides each
# container's X-Container-Meta-Access-Control-Allow-Origin), exposing what the SDK reads of an
# object beyond Swift's defaults (Etag, X-Timestamp, X-Trans-Id, X-Openstack-Request-Id, and the
# metadata headers each answer carries).
cors_allow_origin = $CORS_ORIGINS
cors_expose_headers = X-Static-Large-Object,X-Object-Manifest,X-Symlink-Target,X-Object-Version-Id,X-Delete-At,Content-Encoding,Content-Disposition,Content-Range,Accept-Ranges,X-Container-Object-Count,X-Container-Bytes-Used,X-Versions-Location,X-History-Location,X-Storage-Policy
# Swift 2.30 answers a preflight for the account itself (listing containers) without CORS headers
# ("a future change could allow CORS requests to the Account level"): oslo.middleware's cors
# filter, early in the pipeline, adds them (it needs an origin even when CORS is off). It leaves
# alone any answer Swift's own CORS made.
[filter:cors]
paste.filter_factory = oslo_middleware.cors:filter_factory
allowed_origin = ${CORS_ORIGINS:-http://cors.invalid}
allow_headers = $CORS_ALLOW_HEADERS
expose_headers = X-OpenStack-Request-Id,X-Trans-Id,X-Timestamp,X-Account-Object-Count,X-Account-Bytes-Used,X-Account-Container-Count
allow_methods = GET,HEAD,POST,PUT,DELETE
max_age = 3600
[filter:keystoneauth]
use = egg:swift#keystoneauth
operator_roles = admin, member
reseller_admin_role = ResellerAdmin
[filter:authtoken]
paste.filter_factory = keystonemiddleware.auth_token:filter_factory
delay_auth_decision = true
www_authenticate_uri = $KS
auth_url = $KS
auth_type = password
user_domain_name = Default
project_domain_name = Default
project_name = service
username = swift
password = $PW
[filter:catch_errors]
use = egg:swift#catch_errors
[filter:gatekeeper]
use = egg:swift#gatekeeper
[filter:healthcheck]
use = egg:swift#healthcheck
[filter:proxy-logging]
use = egg:swift#proxy_logging
[filter:listing_formats]
use = egg:swift#listing_formats
[filter:bulk]
use = egg:swift#bulk
[filter:copy]
use = egg:swift#copy
[filter:slo]
use = egg:swift#slo
[filter:dlo]
use = egg:swift#dlo
[filter:versioned_writes]
use = egg:swift#versioned_writes
allow_versioned_writes = true
allow_object_versioning = true
[filter:symlink]
use = egg:swift#symlink
[filter:tempurl]
use = egg:swift#tempurl
[filter:formpost]
use = egg:swift#formpost
[filter:staticweb]
use = egg:swift#staticweb
[filter:container-quotas]
use = egg:swift#container_quotas
[filter:account-quotas]
use = egg:swift#account_quotas
EOF
  start swift-proxy swift-proxy-server "$S/proxy-server.conf"
  # A second proxy on :8081 with Swift's own v1 auth (tempauth, which keeps its tokens in
  # memcached), for clients of swauth/tempauth. Kept apart so the Keystone proxy above runs
  # without a cache (a cache would make container counts and quotas lag by up to a minute).
  # User test:tester, key testing; its account is TEMPAUTH_test.
  start memcached memcached -u root -l $HOST -p 11211 -m 64 -U 0
  cat >"$S/proxy-tempauth.conf" <<EOF
[DEFAULT]
bind_ip = $HOST
bind_port = 8081
workers = 0
user = root
swift_dir = $S
log_name = proxy-tempauth
log_udp_host = $HOST
log_udp_port = 5140
[pipeline:main]
pipeline = catch_errors gatekeeper healthcheck proxy-logging cache listing_formats bulk tempurl formpost tempauth copy slo dlo proxy-logging proxy-server
[app:proxy-server]
use = egg:swift#proxy
account_autocreate = true
[filter:tempauth]
use = egg:swift#tempauth
reseller_prefix = TEMPAUTH
token_life = 3600
user_test_tester = testing .admin
[filter:cache]
use = egg:swift#memcache
memcache_servers = $HOST:11211
[filter:catch_errors]
use = egg:swift#catch_errors
[filter:gatekeeper]
use = egg:swift#gatekeeper
[filter:healthcheck]
use = egg:swift#healthcheck
[filter:proxy-logging]
use = egg:swift#proxy_logging
[filter:listing_formats]
use = egg:swift#listing_formats
[filter:bulk]
use = egg:swift#bulk
[filter:tempurl]
use = egg:swift#tempurl
[filter:formpost]
use = egg:swift#formpost
[filter:copy]
use = egg:swift#copy
[filter:slo]
use = egg:swift#slo
[filter:dlo]
use = egg:swift#dlo
EOF
  start swift-proxy-tempauth swift-proxy-server "$S/proxy-tempauth.conf"
fi

# ---------------------------------------------------------------- cinder
if has cinder; then
  step cinder cinder-manage
  mkdir -p "$ETC/cinder" "$DATA/cinder/backups"
  cat >"$ETC/cinder/cinder.conf" <<EOF
[DEFAULT]
transport_url = $RABBIT
auth_strategy = keystone
my_ip = $HOST
host = localhost
osapi_volume_listen = $HOST
osapi_volume_listen_port = 8776
osapi_volume_workers = 1
state_path = $DATA/cinder
api_paste_config = /usr/share/cinder-common/api-paste.ini
glance_api_servers = http://$HOST:9292
enabled_backends = fake
default_volume_type = __DEFAULT__
# backups: the real posix driver, into a local dir (see cinder-backup below)
backup_driver = cinder.backup.drivers.posix.PosixBackupDriver
backup_posix_path = $DATA/cinder/backups
[database]
connection = $DB/cinder
[oslo_concurrency]
lock_path = $DATA/cinder/lock
[fake]
# test driver shipped in python3-cinder: logs calls, stores nothing
volume_driver = cinder.tests.fake_driver.FakeLoggingVolumeDriver
volume_backend_name = fake
target_helper = fake
$(authtoken cinder)
EOF
  running cinder-api || cinder-manage --config-file "$ETC/cinder/cinder.conf" db sync >>"$LOG/cinder-manage.log" 2>&1
  pymain cinder-api cinder.cmd.api --config-file "$ETC/cinder/cinder.conf"
  pymain cinder-scheduler cinder.cmd.scheduler --config-file "$ETC/cinder/cinder.conf"
  pymain cinder-volume cinder.cmd.volume --config-file "$ETC/cinder/cinder.conf"
  # cinder-backup attaches the volume through os-brick (iscsi for the fake
  # driver: no iscsiadm, no target; privsep for the connector properties).
  # Patched here to "attach" /dev/null, so backup/restore move 0 bytes but
  # run the real manager and posix driver.
  start cinder-backup $PY -c 'import sys
from cinder.cmd import backup
from cinder import objects; objects.register_all()
from cinder.backup import manager
class NoConnector:
    def disconnect_volume(self, *a, **kw): pass
manager.BackupManager._connect_device = lambda self, conn: {
    "conn": conn, "device": {"path": "/dev/null"}, "connector": NoConnector()}
manager.volume_utils.brick_get_connector_properties = lambda *a, **kw: {
    "ip": "127.0.0.1", "host": "localhost", "initiator": "iqn.fake", "multipath": False}
sys.exit(backup.main())' --config-file "$ETC/cinder/cinder.conf"
fi

# ---------------------------------------------------------------- heat (api + engine in one process)
if has heat; then
  step heat heat-manage
  mkdir -p "$ETC/heat" "$DATA/heat"
  cat >"$ETC/heat/heat.conf" <<EOF
[DEFAULT]
transport_url = $RABBIT
num_engine_workers = 1
region_name_for_services = $REGION
stack_user_domain_name = heat
stack_domain_admin = heat_domain_admin
stack_domain_admin_password = $PW
heat_metadata_server_url = http://$HOST:8000
heat_waitcondition_server_url = http://$HOST:8000/v1/waitcondition
[heat_all]
enabled_services = api,api_cfn,engine
[heat_api]
bind_host = $HOST
bind_port = 8004
workers = 1
[heat_api_cfn]
bind_host = $HOST
bind_port = 8000
workers = 1
[database]
connection = $DB/heat
[paste_deploy]
api_paste_config = /etc/heat/api-paste.ini
[oslo_concurrency]
lock_path = $DATA/heat/lock
$(authtoken heat)
$(svcauth trustee heat)
[clients_keystone]
auth_uri = $KS
EOF
  running heat || heat-manage --config-file "$ETC/heat/heat.conf" db_sync >>"$LOG/heat-manage.log" 2>&1
  start heat heat-all --config-file "$ETC/heat/heat.conf"
fi

# ---------------------------------------------------------------- barbican (simple_crypto, API only)
# secrets and containers need only the API; orders would need barbican-worker.
if has barbican; then
  step barbican
  mkdir -p "$ETC/barbican"
  [[ -s $DATA/barbican.kek ]] || $PY -c 'import base64, os; print(base64.b64encode(os.urandom(32)).decode())' >"$DATA/barbican.kek"
  cat >"$ETC/barbican/barbican.conf" <<EOF
[DEFAULT]
host_href = http://$HOST:9311
sql_connection = $DB/barbican
db_auto_create = true
transport_url = $RABBIT
use_stderr = true
[secretstore]
enabled_secretstore_plugins = store_crypto
[crypto]
enabled_crypto_plugins = simple_crypto
[simple_crypto_plugin]
kek = $(cat "$DATA/barbican.kek")
[oslo_policy]
# new defaults: role member may create secrets (legacy ones want "creator")
enforce_new_defaults = true
$(authtoken barbican)
EOF
  # barbican reads /etc/barbican/* only: own paste copy (authtoken told where
  # the conf is) and a wsgi file that parses our conf first
  sed "/^\[filter:authtoken\]/a oslo_config_project = barbican\noslo_config_file = $ETC/barbican/barbican.conf" \
    /usr/share/barbican-common/barbican-api-paste.ini >"$ETC/barbican/api-paste.ini"
  cat >"$ETC/barbican/wsgi.py" <<EOF
from barbican.common import config
config.parse_args(config.CONF, args=["--config-file", "$ETC/barbican/barbican.conf"])
from paste import deploy
application = deploy.loadapp("config:$ETC/barbican/api-paste.ini")
EOF
  # schema: db_auto_create (create_all + stamp) at API start; barbican-manage
  # db upgrade on an empty DB runs the alembic deltas only (no base tables)
  UWSGI_PROCS=1 uwsgi_app barbican-api 9311 "$ETC/barbican/wsgi.py"
fi

# ---------------------------------------------------------------- ironic (fake-hardware, API + conductor in one process)
# /usr/bin/ironic is the single-process service (rpc_transport=none); every
# hardware interface is "fake", network/storage "noop", no cleaning.
if has ironic; then
  step ironic ironic-dbsync
  mkdir -p "$ETC/ironic" "$DATA/ironic"
  cat >"$ETC/ironic/ironic.conf" <<EOF
[DEFAULT]
host = localhost
auth_strategy = keystone
rpc_transport = none
use_stderr = true
state_path = $DATA/ironic
enabled_hardware_types = fake-hardware
enabled_bios_interfaces = fake,no-bios
enabled_boot_interfaces = fake
enabled_console_interfaces = fake,no-console
enabled_deploy_interfaces = fake
enabled_inspect_interfaces = fake,no-inspect
enabled_management_interfaces = fake
enabled_network_interfaces = noop
enabled_power_interfaces = fake
enabled_raid_interfaces = fake,no-raid
enabled_rescue_interfaces = fake,no-rescue
enabled_storage_interfaces = noop
enabled_vendor_interfaces = fake,no-vendor
default_network_interface = noop
[api]
host_ip = $HOST
port = 6385
api_workers = 1
[conductor]
automated_clean = false
[dhcp]
dhcp_provider = none
[database]
connection = $DB/ironic
[oslo_concurrency]
lock_path = $DATA/ironic/lock
$(authtoken ironic)
EOF
  running ironic || ironic-dbsync --config-file "$ETC/ironic/ironic.conf" upgrade >>"$LOG/ironic-dbsync.log" 2>&1
  start ironic ironic --config-file "$ETC/ironic/ironic.conf"
fi

# ---------------------------------------------------------------- octavia (amphora provider, noop drivers)
# API + controller worker (flows run locally: no jobboard). The amphora,
# compute, network, image and volume drivers are the noop ones, so load
# balancers, listeners, pools and members go ACTIVE without any VM or port.
# The flows still generate amphora certs: a local CA is made with openssl.
# demo gets role load-balancer_member (octavia's policy ignores "member").
if has octavia; then
  step octavia octavia-db-manage
  mkdir -p "$ETC/octavia" "$DATA/octavia"
  [[ -s $DATA/octavia/ca.pem ]] || openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj /CN=octavia-ca \
    -keyout "$DATA/octavia/ca.key" -out "$DATA/octavia/ca.pem" 2>/dev/null
  cat >"$ETC/octavia/octavia.conf" <<EOF
[DEFAULT]
host = localhost
transport_url = $RABBIT
use_stderr = true
[api_settings]
bind_host = $HOST
bind_port = 9876
auth_strategy = keystone
default_provider_driver = amphora
[database]
connection = $DB/octavia
[controller_worker]
workers = 1
amphora_driver = amphora_noop_driver
compute_driver = compute_noop_driver
network_driver = network_noop_driver
image_driver = image_noop_driver
volume_driver = volume_noop_driver
loadbalancer_topology = SINGLE
amp_boot_network_list = 00000000-0000-0000-0000-000000000000
amp_image_tag = amphora
amp_flavor_id = 1
client_ca = $DATA/octavia/ca.pem
[task_flow]
jobboard_enabled = false
[oslo_messaging]
topic = octavia_prov
[certificates]
cert_generator = local_cert_generator
ca_certificate = $DATA/octavia/ca.pem
ca_private_key = $DATA/octavia/ca.key
[oslo_concurrency]
lock_path = $DATA/octavia/lock
$(authtoken octavia)
$(svcauth service_auth octavia)
EOF
  cat >"$ETC/octavia/wsgi.py" <<EOF
from octavia.api import app
application = app.setup_app(argv=["octavia-api", "--config-file", "$ETC/octavia/octavia.conf"])
EOF
  running octavia-api || octavia-db-manage --config-file "$ETC/octavia/octavia.conf" upgrade head >>"$LOG/octavia-db-manage.log" 2>&1
  UWSGI_PROCS=1 uwsgi_app octavia-api 9876 "$ETC/octavia/wsgi.py"
  start octavia-worker octavia-worker --config-file "$ETC/octavia/octavia.conf"
fi

# ---------------------------------------------------------------- designate (fake backend)
# api, central, worker, producer, mdns. The pool's target is the "fake"
# backend (stores nothing); its nameserver is designate-mdns itself, so the
# worker's SOA serial poll succeeds and zones/recordsets go ACTIVE.
if has designate; then
  step designate designate-manage
  mkdir -p "$ETC/designate" "$DATA/designate"
  cat >"$ETC/designate/designate.conf" <<EOF
[DEFAULT]
host = localhost
transport_url = $RABBIT
use_stderr = true
state_path = $DATA/designate
[service:api]
listen = $HOST:9001
api_base_uri = http://$HOST:9001/
auth_strategy = keystone
enable_api_v2 = true
enable_api_admin = true
enabled_extensions_admin = quotas, reports
workers = 1
[service:central]
workers = 1
[service:worker]
workers = 1
[service:producer]
workers = 1
[service:mdns]
listen = $HOST:5354
workers = 1
[storage:sqlalchemy]
connection = $DB/designate
[oslo_concurrency]
lock_path = $DATA/designate/lock
$(authtoken designate)
EOF
  cat >"$ETC/designate/pools.yaml" <<EOF
- name: default
  description: fake backend, mdns answers the serial polls
  attributes: {}
  ns_records:
    - {hostname: ns1.example.test., priority: 1}
  nameservers:
    - {host: $HOST, port: 5354}
  targets:
    - type: fake
      description: fake
      masters:
        - {host: $HOST, port: 5354}
      options: {host: $HOST, port: 5354}  # where NOTIFY goes: mdns again
EOF
  DM="designate-manage --config-file $ETC/designate/designate.conf"
  running designate-central || $DM database sync >>"$LOG/designate-manage.log" 2>&1
  start designate-central designate-central --config-file "$ETC/designate/designate.conf"
  # pool update goes through central (RPC; a call sent before central's queue
  # exists is lost, hence a 5 s RPC timeout and retries); the worker caches
  # pools, so it starts after. Re-applying the same file is a no-op.
  printf '[DEFAULT]\nrpc_response_timeout = 5\n' >"$ETC/designate/manage-rpc.conf"
  for ((i = 0; i < 20; i++)); do
    $DM --config-file "$ETC/designate/manage-rpc.conf" pool update --file "$ETC/designate/pools.yaml" \
      >>"$LOG/designate-manage.log" 2>&1 && break; sleep 1; done
  for d in worker producer mdns api; do
    start designate-$d designate-$d --config-file "$ETC/designate/designate.conf"
  done
fi

# ---------------------------------------------------------------- mistral (api + engine + executor in one process)
if has mistral; then
  step mistral mistral-db-manage
  mkdir -p "$ETC/mistral" "$DATA/mistral"
  cat >"$ETC/mistral/mistral.conf" <<EOF
[DEFAULT]
host = localhost
transport_url = $RABBIT
use_stderr = true
[api]
host = $HOST
port = 8989
api_workers = 1
[database]
connection = $DB/mistral
[oslo_concurrency]
lock_path = $DATA/mistral/lock
$(authtoken mistral)
EOF
  if ! running mistral; then
    mistral-db-manage --config-file "$ETC/mistral/mistral.conf" upgrade head >>"$LOG/mistral-db-manage.log" 2>&1
    mistral-db-manage --config-file "$ETC/mistral/mistral.conf" populate >>"$LOG/mistral-db-manage.log" 2>&1
  fi
  start mistral mistral-server --server api,engine,executor --config-file "$ETC/mistral/mistral.conf"
fi

# ---------------------------------------------------------------- magnum (api + conductor)
# cluster templates are API + DB only; clusters would need heat + real images.
if has magnum; then
  step magnum magnum-db-manage
  mkdir -p "$ETC/magnum" "$DATA/magnum"
  cat >"$ETC/magnum/magnum.conf" <<EOF
[DEFAULT]
host = localhost
transport_url = $RABBIT
use_stderr = true
state_path = $DATA/magnum
[api]
host = $HOST
port = 9511
workers = 1
[conductor]
workers = 1
[database]
connection = $DB/magnum
[certificates]
cert_manager_type = x509keypair
[oslo_concurrency]
lock_path = $DATA/magnum/lock
$(authtoken magnum)
$(svcauth keystone_auth magnum)
[trust]
cluster_user_trust = false
trustee_domain_name = magnum
trustee_domain_admin_name = magnum_domain_admin
trustee_domain_admin_domain_name = magnum
trustee_domain_admin_password = $PW
trustee_keystone_interface = public
EOF
  running magnum-api || magnum-db-manage --config-file "$ETC/magnum/magnum.conf" upgrade >>"$LOG/magnum-db-manage.log" 2>&1
  start magnum-api magnum-api --config-file "$ETC/magnum/magnum.conf"
  start magnum-conductor magnum-conductor --config-file "$ETC/magnum/magnum.conf"
fi

# ---------------------------------------------------------------- manila (dummy driver)
# api + scheduler + share; the DummyDriver shipped in python3-manila's tests
# (driver_handles_share_servers=False) makes shares "available" with fake
# export locations. Share type "default" is created by up.sh.
if has manila; then
  step manila manila-manage
  mkdir -p "$ETC/manila" "$DATA/manila"
  cat >"$ETC/manila/manila.conf" <<EOF
[DEFAULT]
host = localhost
my_ip = $HOST
transport_url = $RABBIT
use_stderr = true
auth_strategy = keystone
state_path = $DATA/manila
osapi_share_listen = $HOST
osapi_share_listen_port = 8786
osapi_share_workers = 1
api_paste_config = /usr/share/manila-common/api-paste.ini
enabled_share_backends = dummy
enabled_share_protocols = NFS,CIFS
default_share_type = default
[dummy]
share_driver = manila.tests.share.drivers.dummy.DummyDriver
share_backend_name = dummy
driver_handles_share_servers = false
[database]
connection = $DB/manila
[oslo_concurrency]
lock_path = $DATA/manila/lock
$(authtoken manila)
EOF
  running manila-api || manila-manage --config-file "$ETC/manila/manila.conf" db sync >>"$LOG/manila-manage.log" 2>&1
  for d in api scheduler share; do
    pymain manila-$d manila.cmd.$d --config-file "$ETC/manila/manila.conf"
  done
fi

# ---------------------------------------------------------------- ironic-inspector (standalone: API + conductor in one process)
# pxe_filter noop (no dnsmasq/iptables); introspection data kept in the DB.
# Nothing boots a ramdisk: smoke.sh posts a fake inventory to /v1/continue.
if has ironic-inspector; then
  step ironic-inspector ironic-inspector-dbsync
  mkdir -p "$ETC/ironic-inspector" "$DATA/ironic-inspector"
  cat >"$ETC/ironic-inspector/inspector.conf" <<EOF
[DEFAULT]
host = localhost
listen_address = $HOST
listen_port = 5050
auth_strategy = keystone
standalone = true
introspection_delay = 0
use_stderr = true
[database]
connection = $DB/ironic_inspector
[pxe_filter]
driver = noop
[processing]
store_data = database
add_ports = all
[oslo_concurrency]
lock_path = $DATA/ironic-inspector/lock
$(authtoken ironic-inspector)
$(svcauth ironic ironic-inspector)
EOF
  running ironic-inspector || ironic-inspector-dbsync --config-file "$ETC/ironic-inspector/inspector.conf" upgrade \
    >>"$LOG/ironic-inspector-dbsync.log" 2>&1
  start ironic-inspector ironic-inspector --config-file "$ETC/ironic-inspector/inspector.conf"
fi

# ---------------------------------------------------------------- zaqar (sqlalchemy management + swift message store)
# Debian's python3-zaqar lacks the redis driver's lua scripts (messages and
# claims fail with FileNotFoundError), so messages live in swift (account of
# the zaqar service user, one container per queue/project). Needs swift.
if has zaqar; then
  step zaqar zaqar-db-manage
  mkdir -p "$ETC/zaqar"
  cat >"$ETC/zaqar/zaqar.conf" <<EOF
[DEFAULT]
auth_strategy = keystone
unreliable = true
use_stderr = true
[drivers]
transport = wsgi
message_store = swift
management_store = sqlalchemy
[drivers:transport:wsgi]
bind = $HOST
port = 8888
[drivers:message_store:swift]
uri = swift://zaqar:$PW@/service
auth_url = $KS/v3
region_name = $REGION
interface = public
[drivers:management_store:sqlalchemy]
uri = $DB/zaqar
$(authtoken zaqar)
EOF
  running zaqar || zaqar-sql-db-manage --config-file "$ETC/zaqar/zaqar.conf" upgrade head >>"$LOG/zaqar-db-manage.log" 2>&1
  start zaqar zaqar-server --config-file "$ETC/zaqar/zaqar.conf"
fi

# ---------------------------------------------------------------- trove (API only)
# datastores, versions, configuration groups, flavors (proxied to nova);
# instances would need a guest image, the taskmanager and a real nova.
if has trove; then
  step trove trove-manage
  mkdir -p "$ETC/trove" "$DATA/trove"
  cat >"$ETC/trove/trove.conf" <<EOF
[DEFAULT]
host = $HOST
bind_host = $HOST
bind_port = 8779
trove_api_workers = 1
transport_url = $RABBIT
use_stderr = true
api_paste_config = /usr/share/trove-common/api-paste.ini
os_region_name = $REGION
[database]
connection = $DB/trove
$(svcauth service_credentials trove)
[oslo_concurrency]
lock_path = $DATA/trove/lock
$(authtoken trove)
EOF
  # trove-manage calls inspect.getargspec, gone in python 3.11: shim it
  tm() { $PY -c 'import inspect, sys; inspect.getargspec = inspect.getfullargspec
from trove.cmd.manage import main; sys.exit(main())' --config-file "$ETC/trove/trove.conf" "$@" >>"$LOG/trove-manage.log" 2>&1; }
  if ! running trove-api; then
    tm db_sync
    # datastore mysql 5.7.29 (no image: found by tag "trove" if ever used)
    tm datastore_update mysql ''
    tm datastore_version_update mysql 5.7.29 mysql '' '' 1 --image-tags trove
    tm datastore_update mysql 5.7.29
    tm db_load_datastore_config_parameters mysql 5.7.29 \
      /usr/lib/python3/dist-packages/trove/templates/mysql/validation-rules.json
  fi
  start trove-api trove-api --config-file "$ETC/trove/trove.conf"
fi

# ---------------------------------------------------------------- senlin (api + engine + conductor + health-manager)
if has senlin; then
  step senlin senlin-manage
  mkdir -p "$ETC/senlin" "$DATA/senlin"
  cat >"$ETC/senlin/senlin.conf" <<EOF
[DEFAULT]
host = localhost
transport_url = $RABBIT
use_stderr = true
[senlin_api]
bind_host = $HOST
bind_port = 8777
workers = 1
api_paste_config = /usr/share/senlin-common/api-paste.ini
[engine]
workers = 1
[conductor]
workers = 1
[health_manager]
workers = 1
[database]
connection = $DB/senlin
[authentication]
auth_url = $KS
service_username = senlin
service_password = $PW
service_project_name = service
service_user_domain = Default
service_project_domain = Default
[oslo_concurrency]
lock_path = $DATA/senlin/lock
$(authtoken senlin)
EOF
  running senlin-api || senlin-manage --config-file "$ETC/senlin/senlin.conf" db_sync >>"$LOG/senlin-manage.log" 2>&1
  for d in conductor engine health-manager api; do
    start senlin-$d senlin-$d --config-file "$ETC/senlin/senlin.conf"
  done
fi

# ---------------------------------------------------------------- wait until healthy
step "waiting for every API to answer"
wait_api() { step_show "$LOG/$1.log"; wait_http "$2"; }  # DAEMON URL: a failure shows DAEMON's log
has glance    && wait_api glance-api http://$HOST:9292/
has placement && wait_api placement http://$HOST:8778/
has nova      && wait_api nova-api http://$HOST:8774/
has neutron   && wait_api neutron-server http://$HOST:9696/
has swift     && wait_api swift-proxy http://$HOST:8080/healthcheck && wait_api swift-proxy-tempauth http://$HOST:8081/healthcheck
has cinder    && wait_api cinder-api http://$HOST:8776/
has heat      && wait_api heat http://$HOST:8004/ && wait_api heat http://$HOST:8000/
has manila    && wait_api manila-api http://$HOST:8786/
has mistral   && wait_api mistral http://$HOST:8989/
has magnum    && wait_api magnum-api http://$HOST:9511/
has designate && wait_api designate-api http://$HOST:9001/
has octavia   && wait_api octavia-api http://$HOST:9876/
has ironic    && wait_api ironic http://$HOST:6385/
has barbican  && wait_api barbican-api http://$HOST:9311/
has ironic-inspector && wait_api ironic-inspector http://$HOST:5050/
has zaqar     && wait_api zaqar http://$HOST:8888/
has trove     && wait_api trove-api http://$HOST:8779/
has senlin    && wait_api senlin-api http://$HOST:8777/
# the openstack CLI's output from here on: $LOG/openstack-cli.log
if has nova; then  # the compute service must register and be mapped to cell1
  step "nova: compute host in cell1, flavors" openstack-cli
  step_show "$LOG/nova-compute.log"
  for ((i = 0; i < 120; i++)); do
    openstack --os-cloud local-admin compute service list -f value -c Binary -c State 2>/dev/null \
      | grep -q 'nova-compute up' && break; sleep 2; done
  nova-manage --config-file "$ETC/nova/nova.conf" cell_v2 discover_hosts >>"$LOG/nova-manage.log"
  for ((i = 0; i < 60; i++)); do
    [[ $(openstack --os-cloud local-admin hypervisor list -f value 2>/dev/null | wc -l) -gt 0 ]] && break; sleep 2; done
  openstack --os-cloud local-admin flavor show m1.tiny >/dev/null 2>&1 || {
    openstack --os-cloud local-admin flavor create --id 1 --ram 512 --disk 1 --vcpus 1 m1.tiny >/dev/null
    openstack --os-cloud local-admin flavor create --id 2 --ram 2048 --disk 20 --vcpus 1 m1.small >/dev/null
    step_note "created flavors m1.tiny, m1.small"; }
fi
if has cinder; then
  step "cinder: volume backend ready" openstack-cli
  step_show "$LOG/cinder-volume.log"
  for ((i = 0; i < 60; i++)); do
    openstack --os-cloud local-admin volume service list -f value -c Binary -c State 2>/dev/null \
      | grep -q 'cinder-volume up' && break; sleep 2; done
  # "up" is not enough: until cinder-volume has reported its pool to the scheduler, a new volume
  # goes to error (No valid backend). Wait for the pool.
  admintok=$(openstack --os-cloud local-admin token issue -f value -c id)
  adminproject=$(openstack --os-cloud local-admin token issue -f value -c project_id)
  for ((i = 0; i < 90; i++)); do
    curl -s -H "X-Auth-Token: $admintok" "http://$HOST:8776/v3/$adminproject/scheduler-stats/get_pools" | grep -q '"name"' && break; sleep 2; done
fi
if has manila; then  # share type "default" (driver_handles_share_servers=False)
  step "manila: share service, share type default" openstack-cli
  step_show "$LOG/manila-share.log"
  for ((i = 0; i < 60; i++)); do
    openstack --os-cloud local-admin share service list -f value -c Binary -c State 2>/dev/null \
      | grep -q 'manila-share up' && break; sleep 2; done
  openstack --os-cloud local-admin share type show default >/dev/null 2>&1 || \
    { openstack --os-cloud local-admin share type create --snapshot-support true default false >/dev/null
      step_note "created share type default"; }
fi
# ---------------------------------------------------------------- seed data for the demo and the tests
# An image, a tenant network for the member project, and an external network (devstack's names).
A() { openstack --os-cloud local-admin "$@"; }
D() { openstack --os-cloud local-demo "$@"; }
step "seed data for the demo and the tests" openstack-cli
step_default "already there"
if has glance && ! A image show cirros-fake >/dev/null 2>&1; then
  head -c 1048576 /dev/zero > "$DATA/cirros-fake.img"
  A image create --public --disk-format raw --container-format bare --min-disk 0 \
    --file "$DATA/cirros-fake.img" cirros-fake >/dev/null
  step_note "created image cirros-fake (1 MiB raw, public)"
fi
if has neutron; then
  if ! A network show public >/dev/null 2>&1; then
    A network create --external --provider-network-type flat --provider-physical-network public public >/dev/null
    A subnet create --network public --subnet-range 172.24.4.0/24 --no-dhcp --gateway 172.24.4.1 public-subnet >/dev/null
    step_note "created external network public (172.24.4.0/24)"
  fi
  if ! D network show private >/dev/null 2>&1; then
    D network create private >/dev/null
    D subnet create --network private --subnet-range 10.0.0.0/24 private-subnet >/dev/null
    step_note "created network private (10.0.0.0/24, project demo)"
  fi
fi
echo "$SERVICES" > "$STATE/services"
say "cloud is up in $(( $(date +%s) - T0 ))s; OS_CLIENT_CONFIG_FILE=$CLOUDS_YAML"
