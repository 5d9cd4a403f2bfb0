#!/usr/bin/env bash
# Runs a real Keycloak for Naober without Docker: realm "naober" with its demo users, on http://localhost:8180.
#
# Usage: infra/keycloak/start-keycloak.sh            (from any directory; Ctrl-C or SIGTERM stops Keycloak)
#
# Environment (all optional):
#   KEYCLOAK_VERSION            Keycloak version from Maven Central (default 26.7.3)
#   KEYCLOAK_PORT               HTTP port on 127.0.0.1 (default 8180); issuer http://localhost:<port>/realms/naober
#   KEYCLOAK_MANAGEMENT_PORT    /health/ready and /health/live on 127.0.0.1 (default KEYCLOAK_PORT + 1000)
#   KEYCLOAK_FRESH=1            wipe Keycloak's database first, so the realm is imported anew (without it a restart
#                               keeps the data, and the import skips the existing realm)
#   KEYCLOAK_WORK_DIR           where the distribution, its database and the generated secrets live
#                               (default <repo>/.keycloak); one running Keycloak per work dir
#   KEYCLOAK_JAVA_HOME          JDK 21+ to run Keycloak with (default: newest JDK 21+ in /usr/lib/jvm, else JAVA_HOME)
#   KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD
#                               master-realm admin (default admin / a random password kept in .keycloak/admin-password)
#   NAOBER_WEB_CLIENT_SECRET / NAOBER_ADMIN_CLIENT_SECRET
#                               client secrets (default: random ones kept in .keycloak/secrets.env)
#   NAOBER_DEMO_PASSWORD        the demo users' password (default naober-demo); the realm's password policy
#                               applies to the import too, so at least 10 characters
#   NAOBER_BASE_URL             Naober's URL for the redirect URIs and the back-channel logout (default
#                               http://localhost:8080)
#   NAOBER_POLICY_OFFICER_MFA   "optional" (default): policy officers log in with their password (and a one-time
#                               code only if they set one up themselves); "required": they must use a one-time code
#                               (TOTP) like coordinators and administrators. Applies at import (KEYCLOAK_FRESH=1).
#
# Everything lives in KEYCLOAK_WORK_DIR (the git-ignored <repo>/.keycloak/). The distribution zip comes through the
# Maven wrapper, so it is cached in the local Maven repository. Keycloak is built once ("kc.sh build", again only
# when the build options change) and started with "start --optimized". The script prints what it does, lines
# starting with "[start-keycloak]", then exec's Keycloak's JVM in the foreground, which logs to stdout: the script's
# process becomes Keycloak's JVM (same pid), and any signal to it (SIGTERM, Ctrl-C, even SIGKILL) stops Keycloak.
# Keycloak is ready when http://localhost:<port>/realms/naober/.well-known/openid-configuration answers 200
# (it answers 503 while it starts).
set -euo pipefail

say() { printf '[start-keycloak] %s\n' "$*"; }
die() { printf '[start-keycloak] ERROR: %s\n' "$*" >&2; exit 1; }

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_root=$(cd "$script_dir/../.." && pwd)

version=${KEYCLOAK_VERSION:-26.7.3}
port=${KEYCLOAK_PORT:-8180}
[[ $port =~ ^[0-9]+$ ]] || die "KEYCLOAK_PORT must be a number, got '$port'"
default_management_port=$((port + 1000))
if ((default_management_port > 65535)); then default_management_port=$((port - 1000)); fi
management_port=${KEYCLOAK_MANAGEMENT_PORT:-$default_management_port}
work_dir=${KEYCLOAK_WORK_DIR:-$repo_root/.keycloak}
kc_home=$work_dir/keycloak-$version
import_src=$script_dir/import

# Build-time options (baked into the distribution by "kc.sh build"); a change triggers a new build.
build_options=(--db=dev-file --health-enabled=true)

# The realm file's ${NAOBER_POLICY_OFFICER_OTP_REQUIREMENT} is the requirement of the policy officers' OTP step.
case ${NAOBER_POLICY_OFFICER_MFA:-optional} in
    optional) export NAOBER_POLICY_OFFICER_OTP_REQUIREMENT=DISABLED ;;
    required) export NAOBER_POLICY_OFFICER_OTP_REQUIREMENT=CONDITIONAL ;;
    *) die "NAOBER_POLICY_OFFICER_MFA must be 'optional' or 'required', got '$NAOBER_POLICY_OFFICER_MFA'" ;;
esac

[[ $management_port =~ ^[0-9]+$ ]] || die "KEYCLOAK_MANAGEMENT_PORT must be a number, got '$management_port'"
[[ -d $import_src ]] || die "realm files not found in $import_src"
if [[ -n ${NAOBER_DEMO_PASSWORD:-} && ${#NAOBER_DEMO_PASSWORD} -lt 10 ]]; then
    die "NAOBER_DEMO_PASSWORD must have at least 10 characters (the realm's password policy, enforced at import)"
fi

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$port" "$management_port"; do
    if port_in_use "$p"; then
        die "port $p on 127.0.0.1 is already in use (another Keycloak?);" \
            "stop it or set KEYCLOAK_PORT / KEYCLOAK_MANAGEMENT_PORT"
    fi
done

# --- Java 21+ ---------------------------------------------------------------------------------------------------

java_major() { # prints the major version of the JDK in $1, or nothing
    local home=$1 v=""
    [[ -x $home/bin/java ]] || return 0
    if [[ -f $home/release ]]; then
        v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
    fi
    if [[ -z $v ]]; then
        v=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
    fi
    v=${v#1.}
    printf '%s' "${v%%[.+-]*}"
}

find_java() {
    local home major best="" best_major=0
    if [[ -n ${KEYCLOAK_JAVA_HOME:-} ]]; then
        major=$(java_major "$KEYCLOAK_JAVA_HOME")
        [[ -n $major && $major -ge 21 ]] || die "KEYCLOAK_JAVA_HOME=$KEYCLOAK_JAVA_HOME is not a JDK 21 or newer"
        printf '%s' "$KEYCLOAK_JAVA_HOME"
        return
    fi
    for home in /usr/lib/jvm/*; do
        [[ -d $home && ! -L $home ]] || continue
        major=$(java_major "$home")
        if [[ -n $major && $major -ge 21 && $major -gt $best_major ]]; then
            best=$home
            best_major=$major
        fi
    done
    if [[ -z $best && -x /usr/libexec/java_home ]]; then # macOS
        best=$(/usr/libexec/java_home -v 21+ 2>/dev/null || true)
    fi
    if [[ -z $best && -n ${JAVA_HOME:-} ]]; then
        major=$(java_major "$JAVA_HOME")
        if [[ -n $major && $major -ge 21 ]]; then best=$JAVA_HOME; fi
    fi
    [[ -n $best ]] || die "Keycloak $version needs Java 21 or newer: none found in /usr/lib/jvm or JAVA_HOME." \
        "Install one (e.g. apt-get install openjdk-21-jdk-headless) or set KEYCLOAK_JAVA_HOME."
    printf '%s' "$best"
}

keycloak_java_home=$(find_java)

# --- secrets ----------------------------------------------------------------------------------------------------

mkdir -p "$work_dir"
chmod 700 "$work_dir"
random_secret() { od -An -tx1 -N24 /dev/urandom | tr -d ' \n'; }

secrets_file=$work_dir/secrets.env
# shellcheck disable=SC2016 # printed literally: the caller's own variables
if [[ -n ${NAOBER_WEB_CLIENT_SECRET:-} ]]; then web_secret_shown='"$NAOBER_WEB_CLIENT_SECRET"'; fi
# shellcheck disable=SC2016
if [[ -n ${NAOBER_ADMIN_CLIENT_SECRET:-} ]]; then admin_secret_shown='"$NAOBER_ADMIN_CLIENT_SECRET"'; fi
# Secrets from the environment win; missing ones come from secrets.env, or are generated once and kept there.
# The realm import substitutes them into ${NAOBER_WEB_CLIENT_SECRET} and ${NAOBER_ADMIN_CLIENT_SECRET}; an unset
# variable would be imported literally as "${...}", so both are always set here.
if [[ -f $secrets_file ]]; then
    : "${NAOBER_WEB_CLIENT_SECRET:=$(sed -n 's/^NAOBER_WEB_CLIENT_SECRET=//p' "$secrets_file")}"
    : "${NAOBER_ADMIN_CLIENT_SECRET:=$(sed -n 's/^NAOBER_ADMIN_CLIENT_SECRET=//p' "$secrets_file")}"
fi
if [[ -z ${NAOBER_WEB_CLIENT_SECRET:-} || -z ${NAOBER_ADMIN_CLIENT_SECRET:-} ]]; then
    : "${NAOBER_WEB_CLIENT_SECRET:=$(random_secret)}"
    : "${NAOBER_ADMIN_CLIENT_SECRET:=$(random_secret)}"
    (
        umask 077
        printf 'NAOBER_WEB_CLIENT_SECRET=%s\nNAOBER_ADMIN_CLIENT_SECRET=%s\n' \
            "$NAOBER_WEB_CLIENT_SECRET" "$NAOBER_ADMIN_CLIENT_SECRET" >"$secrets_file"
    )
    chmod 600 "$secrets_file"
    say "client secrets generated and kept in $secrets_file"
fi
export NAOBER_WEB_CLIENT_SECRET NAOBER_ADMIN_CLIENT_SECRET
# Generated secrets are local throw-away values and are printed; secrets the caller passed in are not.
: "${web_secret_shown:=$NAOBER_WEB_CLIENT_SECRET}"
: "${admin_secret_shown:=$NAOBER_ADMIN_CLIENT_SECRET}"

export KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}
admin_password_file=$work_dir/admin-password
if [[ -z ${KC_BOOTSTRAP_ADMIN_PASSWORD:-} ]]; then
    if [[ ! -s $admin_password_file ]]; then
        (umask 077 && random_secret >"$admin_password_file")
    fi
    KC_BOOTSTRAP_ADMIN_PASSWORD=$(cat "$admin_password_file")
    admin_password_hint="in $admin_password_file"
else
    admin_password_hint="from KC_BOOTSTRAP_ADMIN_PASSWORD"
fi
export KC_BOOTSTRAP_ADMIN_PASSWORD

# --- distribution and build (under a lock: two starts at once must not unpack twice) ----------------------------

exec 9>"$work_dir/.setup.lock"
if command -v flock >/dev/null; then flock 9; fi

if [[ ! -x $kc_home/bin/kc.sh ]]; then
    say "fetching org.keycloak:keycloak-quarkus-dist:$version through the Maven wrapper"
    download_dir=$(mktemp -d "$work_dir/download.XXXXXX")
    # Run outside any Maven project: the goal needs no pom, and a half-edited pom.xml must not break it.
    (cd "$download_dir" && "$repo_root/mvnw" -q -B -ntp dependency:copy \
        "-Dartifact=org.keycloak:keycloak-quarkus-dist:$version:zip" "-DoutputDirectory=$download_dir") \
        || die "could not fetch keycloak-quarkus-dist $version from Maven Central"
    say "unpacking into $kc_home"
    zip=$download_dir/keycloak-quarkus-dist-$version.zip
    if command -v unzip >/dev/null; then
        unzip -q "$zip" -d "$download_dir"
    else
        (cd "$download_dir" && "$keycloak_java_home/bin/jar" xf "$zip")
        chmod +x "$download_dir/keycloak-$version"/bin/*.sh
    fi
    rm -rf "$kc_home"
    mv "$download_dir/keycloak-$version" "$kc_home"
    rm -rf "$download_dir"
fi

# One Keycloak at a time per distribution: a second one would share (and with KEYCLOAK_FRESH=1 wipe) the first
# one's database, or rebuild under it. The lock's file descriptor is inherited by Keycloak's JVM below, so the lock
# is held exactly as long as Keycloak runs, however it ends.
exec 8>"$kc_home/.run.lock"
if command -v flock >/dev/null && ! flock -n 8; then
    die "another Keycloak is running from $kc_home; stop it, or give this one its own KEYCLOAK_WORK_DIR"
fi

export JAVA_HOME=$keycloak_java_home
unset JAVA # kc.sh prefers $JAVA over $JAVA_HOME

# kc.sh runs the JVM as its child and forwards TERM/INT. A copy that execs the JVM instead makes this script's
# process the JVM itself, so whoever started the script can stop Keycloak with any signal, SIGKILL included.
kc_exec=$kc_home/bin/kc-exec.sh
if [[ ! -x $kc_exec || $kc_home/bin/kc.sh -nt $kc_exec ]]; then
    sed -e "/^trap 'status=143;/d" \
        -e "s/^eval \"{ '\$JAVA' \$JAVA_RUN_OPTS <&3 3<&- & } 3<&0\"\$/eval exec \"'\$JAVA'\" \"\$JAVA_RUN_OPTS\"/" \
        "$kc_home/bin/kc.sh" >"$kc_exec.tmp"
    if grep -q "^eval exec \"'\$JAVA'\" \"\$JAVA_RUN_OPTS\"\$" "$kc_exec.tmp" \
        && ! grep -q "^eval \"{ '\$JAVA'" "$kc_exec.tmp"; then
        chmod +x "$kc_exec.tmp"
        mv "$kc_exec.tmp" "$kc_exec"
    else
        rm -f "$kc_exec.tmp" "$kc_exec"
        say "warning: kc.sh of $version looks different; using it as is (it forwards only SIGTERM and SIGINT)"
    fi
fi
[[ -x $kc_exec ]] || kc_exec=$kc_home/bin/kc.sh

build_stamp=$kc_home/.naober-build
wanted_stamp="$version ${build_options[*]} java=$(java_major "$keycloak_java_home")"
if [[ ! -f $build_stamp || $(cat "$build_stamp") != "$wanted_stamp" ]]; then
    say "building Keycloak once with ${build_options[*]} (Java from $keycloak_java_home)"
    rm -f "$build_stamp"
    "$kc_home/bin/kc.sh" build "${build_options[@]}" >"$work_dir/build.log" 2>&1 \
        || { cat "$work_dir/build.log"; die "kc.sh build failed (log above, also in $work_dir/build.log)"; }
    printf '%s\n' "$wanted_stamp" >"$build_stamp"
fi

# --- data and realm files ---------------------------------------------------------------------------------------

if [[ ${KEYCLOAK_FRESH:-0} == 1 || ${KEYCLOAK_FRESH:-} == true ]]; then
    say "KEYCLOAK_FRESH=1: wiping $kc_home/data"
    rm -rf "$kc_home/data"
elif [[ -d $kc_home/data/h2 ]]; then
    say "keeping the existing database: the realm is not imported again (KEYCLOAK_FRESH=1 starts anew)"
fi
mkdir -p "$kc_home/data/import"
rm -f "$kc_home/data/import/"*.json
cp "$import_src/"*.json "$kc_home/data/import/"

exec 9>&-

# --- start ------------------------------------------------------------------------------------------------------

issuer=http://localhost:$port/realms/naober
say "Keycloak $version on http://localhost:$port (bound to 127.0.0.1), Java: $keycloak_java_home"
say "issuer:  $issuer"
say "ready:   $issuer/.well-known/openid-configuration answers 200 (or http://localhost:$management_port/health/ready)"
say "admin:   http://localhost:$port/admin/ user '$KC_BOOTSTRAP_ADMIN_USERNAME', password $admin_password_hint"
say "demo:    coordinator.<code>, policy.<code>, admin.buurtgezinnen, admin.steunoudernl, admin.platform;" \
    "password ${NAOBER_DEMO_PASSWORD:-naober-demo}"
say "MFA:     coordinators, privacy officers and administrators set up a one-time code (authenticator app) at their" \
    "first login; policy officers: ${NAOBER_POLICY_OFFICER_MFA:-optional}"
say "run Naober against it (from $repo_root):"
say "  NAOBER_OIDC_ISSUER_URI=$issuer NAOBER_OIDC_CLIENT_SECRET=$web_secret_shown" \
    "NAOBER_KEYCLOAK_ADMIN_CLIENT_SECRET=$admin_secret_shown ./mvnw -B -pl api -am spring-boot:run"

cd "$kc_home"
exec "$kc_exec" start --optimized \
    --cache=local \
    --http-enabled=true \
    --http-host=127.0.0.1 \
    --http-port="$port" \
    --http-management-port="$management_port" \
    --hostname="http://localhost:$port" \
    --import-realm
