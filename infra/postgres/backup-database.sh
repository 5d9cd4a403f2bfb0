#!/usr/bin/env bash
# Backs up the WHOLE Naober database into a new folder: database.dump (pg_dump custom format: the catalog, every
# municipality's schema, grants) and checksums.txt (row count and checksum of every table), both from one snapshot,
# so Naober may keep working meanwhile. Roles are not in a dump: restore-database.sh makes them again. Free text stays
# encrypted: keep the NAOBER_ENCRYPTION_KEYS in use with the backup (in your secret store, not next to the dump).
# With hundreds of municipalities the server needs max_locks_per_transaction of about 1024 (a lock per table).
# Connects with the libpq variables (PGHOST, PGPORT, PGDATABASE, PGUSER = a superuser or naober_owner, PGPASSWORD).
#   infra/postgres/backup-database.sh <folder>
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/snapshot.sh"

if [[ $# -ne 1 ]]; then
  echo "usage: $0 <folder>" >&2
  exit 2
fi
folder="$1"
if [[ -e "$folder" && -n "$(ls -A "$folder")" ]]; then
  echo "$folder is not empty: give a new folder per backup." >&2
  exit 1
fi
umask 077
mkdir -p "$folder"

open_snapshot
trap close_snapshot EXIT
pg_dump --format=custom --snapshot="$NAOBER_SNAPSHOT" --file="$folder/database.dump"
"$here/checksums.sh" > "$folder/checksums.txt"
schemas="$(cut -f1 "$folder/checksums.txt" | cut -d. -f1 | sort -u | grep -c '^t_' || true)"
echo "Backed up database ${PGDATABASE:-?} ($(grep -c . "$folder/checksums.txt") tables, $schemas municipality schemas) into $folder"
