#!/usr/bin/env bash
# Backs up ONE municipality into a folder of its own: its schema (case data, access log, its import_ref_key, Liquibase
# bookkeeping, grants) as a pg_dump custom-format file, its rows of the catalog schema "platform" (the municipality,
# settings, welfare organisations, accounts and API tokens, budgets, evaluation periods, privacy approvals, audit) as
# CSV, and checksums.txt to prove the restore with. Free text in it stays encrypted: keep the encryption key(s) of
# NAOBER_ENCRYPTION_KEYS that were in use (their ids appear as enc:v1:<keyId>: in the data) for as long as the backup.
# Connects with the libpq variables (PGHOST, PGPORT, PGDATABASE, PGUSER = a superuser or naober_owner, PGPASSWORD).
#   infra/postgres/backup-municipality.sh <code> <folder>
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/snapshot.sh"
source "$here/municipality-catalog.sh"

if [[ $# -ne 2 ]]; then
  echo "usage: $0 <municipality code> <folder>" >&2
  exit 2
fi
code="$1"
folder="$2"
psql=(psql -X -q -At -v ON_ERROR_STOP=1 -v code="$code")

schema="$("${psql[@]}" <<<"SELECT schema_name FROM platform.municipality WHERE code = :'code'")"
if [[ -z "$schema" ]]; then
  echo "No municipality '$code' in platform.municipality of database ${PGDATABASE:-?}." >&2
  exit 1
fi

covered="$(printf "'%s'," "${CATALOG_ROWS[@]%%|*}")"
missing="$("${psql[@]}" <<<"SELECT string_agg(table_name, ', ') FROM information_schema.columns
  WHERE table_schema = 'platform' AND column_name = 'municipality_code' AND table_name NOT IN (${covered%,})")"
if [[ -n "$missing" ]]; then
  echo "The catalog has municipality rows in table(s) this script does not know: $missing." >&2
  echo "Add them to infra/postgres/municipality-catalog.sh (parents first) before backing up." >&2
  exit 1
fi

if [[ -e "$folder" && -n "$(ls -A "$folder")" ]]; then
  echo "$folder is not empty: give a new folder per backup." >&2
  exit 1
fi
umask 077
mkdir -p "$folder/catalog"

# One snapshot for the dump, the catalog rows and the checksums: Naober may keep working meanwhile.
open_snapshot
trap close_snapshot EXIT
pg_dump --format=custom --schema="$schema" --snapshot="$NAOBER_SNAPSHOT" --file="$folder/schema.dump"
for entry in "${CATALOG_ROWS[@]}"; do
  table="${entry%%|*}"
  { snapshot_prefix; echo "COPY (SELECT * FROM platform.$table WHERE ${entry#*|} ORDER BY 1) TO STDOUT WITH (FORMAT csv, HEADER)"; } |
    "${psql[@]}" > "$folder/catalog/$table.csv"
done
{
  echo "code=$code"
  echo "schema=$schema"
  echo "taken=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "database=${PGDATABASE:-}"
  echo "tenant_changelog=$("${psql[@]}" <<<"SELECT count(*) || ' change sets, last ' || (SELECT id FROM \"$schema\".databasechangelog ORDER BY orderexecuted DESC LIMIT 1) FROM \"$schema\".databasechangelog")"
} > "$folder/manifest.txt"
"$here/checksums.sh" "$schema" > "$folder/checksums.txt"
catalog_checksums "$code" > "$folder/catalog-checksums.txt"

echo "Backed up municipality $code (schema $schema, $(grep -c . "$folder/checksums.txt") tables, catalog rows of ${#CATALOG_ROWS[@]} tables) into $folder"
