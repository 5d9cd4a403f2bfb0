#!/usr/bin/env bash
# Row count and checksum of every table of the given schemas (default: "platform" and every municipality's "t_*"),
# one line per table: schema.table <TAB> rows <TAB> md5 of all its rows as text, sorted (so the physical order of a
# restored table does not matter). Run it on the original and on the restore and compare: `diff` prints nothing when
# they are identical. With NAOBER_SNAPSHOT set (snapshot.sh) it reads that exported snapshot.
# Connects with the libpq variables (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD).
#   infra/postgres/checksums.sh [schema ...] > checksums.txt
set -euo pipefail

schemas="$*"
source "$(dirname "$0")/snapshot.sh"

{
snapshot_prefix
cat <<'SQL'
SELECT format('SELECT %L, count(*), md5(coalesce(string_agg(x::text, E''\n'' ORDER BY x::text COLLATE "C"), '''')) FROM %I.%I x',
              n.nspname || '.' || c.relname, n.nspname, c.relname)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p')
  AND CASE WHEN :'schemas' = '' THEN n.nspname = 'platform' OR n.nspname LIKE 't\_%'
           ELSE n.nspname = ANY (string_to_array(:'schemas', ' ')) END
ORDER BY n.nspname, c.relname
\gexec
SQL
} | psql -X -q -At -F $'\t' -v ON_ERROR_STOP=1 -v schemas="$schemas"
