#!/usr/bin/env bash
# Checks a running Keycloak (infra/keycloak/start-keycloak.sh) with curl, as Naober would use it:
#   - browser login with authorization code + PKCE (S256) for naober-web, token payloads of the access and ID token;
#   - client credentials for naober-admin and a user query over the Admin REST API;
#   - the login page's language, PKCE and redirect URI enforcement, logout redirect targets;
#   - the one-time code (TOTP) staff give after their password: set up at the first login (the secret is read from
#     Keycloak's setup page and kept in <KEYCLOAK_WORK_DIR>/otp-secrets, so a later run can log in again), asked
#     from then on, also by the password grant; policy officers without one (unless NAOBER_POLICY_OFFICER_MFA=required).
# Needs curl, jq, openssl and base64. Secrets come from the environment or from .keycloak/secrets.env.
#
# Usage: infra/keycloak/check-realm.sh          (KEYCLOAK_PORT, default 8180; NAOBER_DEMO_PASSWORD, default naober-demo)
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_root=$(cd "$script_dir/../.." && pwd)
work_dir=${KEYCLOAK_WORK_DIR:-$repo_root/.keycloak}
secrets_file=$work_dir/secrets.env
otp_secrets=$work_dir/otp-secrets
if [[ -f $secrets_file ]]; then
    : "${NAOBER_WEB_CLIENT_SECRET:=$(sed -n 's/^NAOBER_WEB_CLIENT_SECRET=//p' "$secrets_file")}"
    : "${NAOBER_ADMIN_CLIENT_SECRET:=$(sed -n 's/^NAOBER_ADMIN_CLIENT_SECRET=//p' "$secrets_file")}"
fi
: "${NAOBER_WEB_CLIENT_SECRET:?not set and not in $secrets_file}"
: "${NAOBER_ADMIN_CLIENT_SECRET:?not set and not in $secrets_file}"

port=${KEYCLOAK_PORT:-8180}
password=${NAOBER_DEMO_PASSWORD:-naober-demo}
keycloak=http://localhost:$port
issuer=$keycloak/realms/naober
oidc=$issuer/protocol/openid-connect
redirect_uri=http://localhost:8080/login/oauth2/code/keycloak

passed=0
failed=0
check() { # check DESCRIPTION ACTUAL EXPECTED
    if [[ $2 == "$3" ]]; then
        passed=$((passed + 1))
        printf 'ok    %s: %s\n' "$1" "$2"
    else
        failed=$((failed + 1))
        printf 'FAIL  %s: got %s, expected %s\n' "$1" "$2" "$3"
    fi
}
b64url() { base64 | tr '+/' '-_' | tr -d '=\n'; }
jwt_payload() {
    local p
    p=$(cut -d. -f2 <<<"$1" | tr '_-' '/+')
    while ((${#p} % 4)); do p+="="; done
    base64 -d <<<"$p"
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# --- one-time codes: RFC 6238 with the realm's policy (HMAC-SHA1, 6 digits, 30 s) ---
declare -A otp_secret=() otp_last_step=()
if [[ -f $otp_secrets ]]; then
    while IFS=' ' read -r u s last; do
        [[ -n $u ]] || continue
        otp_secret[$u]=$s
        [[ -n $last ]] && otp_last_step[$u]=$last
    done <"$otp_secrets"
fi
save_otp() { # save_otp USER: its secret and the last step used, so a run right after this one does not reuse a code
    (umask 077 && { grep -v "^$1 " "$otp_secrets" 2>/dev/null || true; echo "$1 ${otp_secret[$1]} ${otp_last_step[$1]:-}"; } \
        >"$otp_secrets.tmp" && mv "$otp_secrets.tmp" "$otp_secrets")
}
hotp() { # hotp SECRET STEP: the secret as Keycloak's setup page holds it (the key's bytes as text)
    local key hash offset
    key=$(printf '%s' "$1" | od -An -tx1 | tr -d ' \n')
    # shellcheck disable=SC2059 # the format is the counter as \x escapes
    hash=$(printf "$(printf '%016x' "$2" | sed 's/../\\x&/g')" \
        | openssl dgst -sha1 -mac HMAC -macopt "hexkey:$key" -binary | od -An -tx1 | tr -d ' \n')
    offset=$((16#${hash:39:1}))
    printf '%06d' $(((16#${hash:offset*2:8} & 0x7fffffff) % 1000000))
}
# next_code USER: sets $code to a code Keycloak has not seen yet (it accepts each once, from the previous, current
# or next step). Not a command substitution: that would run in a subshell and forget which steps were used.
next_code() {
    local user=$1 now step
    now=$(($(date +%s) / 30))
    step=$((now - 1))
    if [[ -n ${otp_last_step[$user]:-} ]] && ((otp_last_step[$user] >= step)); then step=$((otp_last_step[$user] + 1)); fi
    if ((step > now + 1)); then sleep $((30 - $(date +%s) % 30 + 1)); fi # the three steps are spent: wait for one more
    otp_last_step[$user]=$step
    save_otp "$user"
    code=$(hotp "${otp_secret[$user]}" "$step")
}
form_action() { # form_action FORM_ID < page
    grep -o "<form[^>]*id=\"$1\"[^>]*>" | grep -o 'action="[^"]*"' | sed -e 's/^action="//' -e 's/"$//' -e 's/&amp;/\&/g'
}

# login USER: authorization code flow with PKCE like a browser; leaves the token response in $tmp/tokens.json
login() {
    local user=$1 jar=$tmp/cookies verifier challenge state page action location code
    rm -f "$jar"
    verifier=$(head -c 48 /dev/urandom | b64url)
    challenge=$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | b64url)
    state=state-$RANDOM
    page=$(curl -fsS -c "$jar" -b "$jar" -G "$oidc/auth" \
        --data-urlencode response_type=code --data-urlencode client_id=naober-web \
        --data-urlencode "redirect_uri=$redirect_uri" --data-urlencode scope=openid \
        --data-urlencode code_challenge_method=S256 --data-urlencode "code_challenge=$challenge" \
        --data-urlencode "state=$state")
    # <form id="kc-form-login" ... action="...&amp;...">
    action=$(grep -o '<form[^>]*id="kc-form-login"[^>]*>' <<<"$page" | grep -o 'action="[^"]*"' \
        | sed -e 's/^action="//' -e 's/"$//' -e 's/&amp;/\&/g')
    [[ -n $action ]] || { echo "no login form for $user"; return 1; }
    location=$(curl -sS -o "$tmp/page.html" -w '%{redirect_url}' -c "$jar" -b "$jar" \
        --data-urlencode "username=$user" --data-urlencode "password=$password" "$action")
    login_step=password
    if [[ $location == "$issuer/login-actions/required-action"* ]]; then # CONFIGURE_TOTP: set a code up
        curl -fsS -o "$tmp/page.html" -c "$jar" -b "$jar" "$location"
        action=$(form_action kc-totp-settings-form <"$tmp/page.html")
        otp_secret[$user]=$(grep -o 'name="totpSecret" value="[^"]*"' "$tmp/page.html" | sed 's/.*value="//;s/"$//')
        [[ -n $action && -n ${otp_secret[$user]} ]] || { echo "no one-time code setup page for $user"; return 1; }
        unset 'otp_last_step[$user]'
        next_code "$user"
        location=$(curl -sS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "totp=$code" \
            --data-urlencode "totpSecret=${otp_secret[$user]}" --data-urlencode userLabel=check-realm "$action")
        login_step=otp-setup
    elif action=$(form_action kc-otp-login-form <"$tmp/page.html") && [[ -n $action ]]; then
        [[ -n ${otp_secret[$user]:-} ]] || {
            echo "$user has a one-time code set up elsewhere (not in $otp_secrets); start Keycloak with KEYCLOAK_FRESH=1"
            return 1
        }
        next_code "$user"
        location=$(curl -sS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "otp=$code" "$action")
        login_step=otp
    fi
    [[ $location == "$redirect_uri?"* ]] || { echo "login of $user did not redirect to Naober: $location"; return 1; }
    check "$user: state returned" "$(sed -n 's/.*[?&]state=\([^&]*\).*/\1/p' <<<"$location")" "$state"
    code=$(sed -n 's/.*[?&]code=\([^&]*\).*/\1/p' <<<"$location")
    curl -fsS "$oidc/token" -d grant_type=authorization_code -d client_id=naober-web \
        --data-urlencode "client_secret=$NAOBER_WEB_CLIENT_SECRET" --data-urlencode "code=$code" \
        --data-urlencode "redirect_uri=$redirect_uri" --data-urlencode "code_verifier=$verifier" >"$tmp/tokens.json"
    jwt_payload "$(jq -r .access_token "$tmp/tokens.json")" >"$tmp/access.json"
    jwt_payload "$(jq -r .id_token "$tmp/tokens.json")" >"$tmp/id.json"
}

check_user() { # check_user USER ROLE ORGANIZATION ("-" for none)
    local user=$1 role=$2 org=$3 token
    login "$user"
    if [[ $role == policy-officer && ${NAOBER_POLICY_OFFICER_MFA:-optional} == optional ]]; then
        check "$user logs in without a one-time code" "$login_step" password
    else
        check "$user gives a one-time code (set up at the first login)" "$([[ $login_step == otp* ]] && echo yes)" yes
    fi
    for token in access id; do
        local f=$tmp/$token.json
        check "$user $token token iss" "$(jq -r .iss "$f")" "$issuer"
        check "$user $token token preferred_username" "$(jq -r .preferred_username "$f")" "$user"
        check "$user $token token realm_access.roles has $role" \
            "$(jq -r --arg r "$role" '.realm_access.roles | index($r) != null' "$f")" true
        if [[ $org == - ]]; then
            check "$user $token token has no organization" "$(jq 'has("organization")' "$f")" false
        else
            check "$user $token token organization" "$(jq -c .organization "$f")" "\"$org\""
        fi
    done
    check "$user access token aud has naober-api" "$(jq '[.aud] | flatten | index("naober-api") != null' \
        "$tmp/access.json")" true
    check "$user access token azp" "$(jq -r .azp "$tmp/access.json")" naober-web
    check "$user access token lifetime" "$(jq '.exp - .iat' "$tmp/access.json")" 300
}

check "discovery issuer" "$(curl -fsS "$issuer/.well-known/openid-configuration" | jq -r .issuer)" "$issuer"
check "discovery issuer via 127.0.0.1" \
    "$(curl -fsS "http://127.0.0.1:$port/realms/naober/.well-known/openid-configuration" | jq -r .issuer)" "$issuer"

check_user coordinator.meppel coordinator meppel
check_user policy.emmen policy-officer emmen
check_user admin.buurtgezinnen network-admin buurtgezinnen
check_user admin.platform platform-admin -
printf 'tokens of admin.platform:\n  access %s\n  id     %s\n' \
    "$(jq -c '{iss,aud,azp,preferred_username,realm_access}' "$tmp/access.json")" \
    "$(jq -c '{iss,aud,preferred_username,realm_access}' "$tmp/id.json")"

# naober-admin: client credentials, Admin REST API
admin_token=$(curl -fsS "$oidc/token" -d grant_type=client_credentials -d client_id=naober-admin \
    --data-urlencode "client_secret=$NAOBER_ADMIN_CLIENT_SECRET" | jq -r .access_token)
users=$(curl -fsS -H "Authorization: Bearer $admin_token" \
    "$keycloak/admin/realms/naober/users?username=coordinator.meppel&exact=true")
check "naober-admin finds coordinator.meppel" "$(jq -r '.[0].username' <<<"$users")" coordinator.meppel
check "coordinator.meppel's organization attribute" "$(jq -c '.[0].attributes.organization' <<<"$users")" \
    '["meppel"]'
check "naober-admin reads a realm role" "$(curl -fsS -H "Authorization: Bearer $admin_token" \
    "$keycloak/admin/realms/naober/roles/coordinator" | jq -r .name)" coordinator
check "naober-admin cannot read clients" "$(curl -s -o /dev/null -w '%{http_code}' \
    -H "Authorization: Bearer $admin_token" "$keycloak/admin/realms/naober/clients")" 403

# what must be refused
auth_error() { # the error naober-web's authorization endpoint redirects with, for extra parameters "$@"
    local args=(--data-urlencode response_type=code --data-urlencode client_id=naober-web
        --data-urlencode "redirect_uri=$redirect_uri" --data-urlencode scope=openid)
    curl -s -o /dev/null -w '%{redirect_url}' -G "$oidc/auth" "${args[@]}" "$@" \
        | sed -n 's/.*[?&#]error=\([^&]*\).*/\1/p'
}
check "login without PKCE refused" "$(auth_error)" invalid_request
check "PKCE plain refused" "$(auth_error --data-urlencode code_challenge_method=plain \
    --data-urlencode code_challenge=0123456789012345678901234567890123456789abc)" invalid_request
check "unknown redirect URI refused" "$(curl -s -o /dev/null -w '%{http_code}' -G "$oidc/auth" \
    --data-urlencode response_type=code --data-urlencode client_id=naober-web \
    --data-urlencode redirect_uri=http://example.org/cb --data-urlencode scope=openid)" 400
check "password grant refused" "$(curl -s "$oidc/token" -d grant_type=password -d client_id=naober-web \
    --data-urlencode "client_secret=$NAOBER_WEB_CLIENT_SECRET" -d username=coordinator.meppel \
    --data-urlencode "password=$password" | jq -r .error)" unauthorized_client

password_grant() { # the error (or "token") of the realm's admin-cli password grant, for extra parameters "$@"
    curl -s "$oidc/token" -d grant_type=password -d client_id=admin-cli --data-urlencode "password=$password" "$@" \
        | jq -r 'if .access_token then "token" else .error end'
}
check "admin-cli password grant without the code refused" \
    "$(password_grant --data-urlencode username=admin.platform)" invalid_grant
next_code admin.platform
check "admin-cli password grant with the code" \
    "$(password_grant --data-urlencode username=admin.platform --data-urlencode "totp=$code")" token

# login page language: Dutch unless the browser asks for English
lang_of() {
    curl -fsS "$@" -G "$oidc/auth" --data-urlencode response_type=code --data-urlencode client_id=naober-web \
        --data-urlencode "redirect_uri=$redirect_uri" --data-urlencode scope=openid \
        --data-urlencode code_challenge_method=S256 \
        --data-urlencode code_challenge=0123456789012345678901234567890123456789abc \
        | grep -o '<html[^>]* lang="[a-z]*"' | sed 's/.*lang="\([a-z]*\)"/\1/'
}
check "login page language without Accept-Language" "$(lang_of)" nl
check "login page language with Accept-Language: en-US" "$(lang_of -H 'Accept-Language: en-US,en;q=0.9')" en

# logout returns to Naober's pages
for target in http://localhost:8080/ 'http://localhost:8080/login?logout'; do
    login coordinator.meppel
    location=$(curl -s -o /dev/null -w '%{redirect_url}' -G "$oidc/logout" \
        --data-urlencode "id_token_hint=$(jq -r .id_token "$tmp/tokens.json")" \
        --data-urlencode "post_logout_redirect_uri=$target")
    check "logout redirects to $target" "$location" "$target"
done

printf '%d passed, %d failed\n' "$passed" "$failed"
((failed == 0))
