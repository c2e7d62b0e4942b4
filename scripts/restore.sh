#!/usr/bin/env bash
# Restores a dump of scripts/backup.sh into a NEW database (it refuses one that has tables).
#   scripts/restore.sh <dump-file> <target-database-url>
#   scripts/restore.sh backups/tashakkol-20261201T230000Z.dump postgres://postgres@db:5432/tashakkol_restored
# Creates the database when it does not exist, restores in one transaction (all or nothing), then
# prints the row counts of a few tables. Point DATABASE_URL at it and start the processes; check the
# audit chain with POST /api/v1/audit/integrity-checks.
set -euo pipefail
dump="${1:?usage: scripts/restore.sh <dump-file> <target-database-url>}"
target="${2:?usage: scripts/restore.sh <dump-file> <target-database-url>}"
[[ -f "$dump" ]] || { echo "no such dump: $dump" >&2; exit 2; }
name="${target##*/}"
name="${name%%\?*}"
[[ "$name" =~ ^[a-zA-Z_][a-zA-Z0-9_]*$ ]] || { echo "the target database name must be letters, digits and _: $name" >&2; exit 2; }
server="${target%/*}/postgres"
exists="$(psql "$server" -Atc "SELECT 1 FROM pg_database WHERE datname = '$name'")"
if [[ "$exists" != "1" ]]; then
  psql "$server" -qc "CREATE DATABASE \"$name\""
else
  tables="$(psql "$target" -Atc "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")"
  [[ "$tables" == "0" ]] || { echo "refusing: $name already has $tables tables (restore into a new database)" >&2; exit 3; }
fi
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$target" "$dump"
psql "$target" -Atc "SELECT 'associations ' || count(*) FROM associations UNION ALL SELECT 'audit_log ' || count(*) FROM audit_log UNION ALL SELECT 'migrations ' || count(*) FROM typeorm_migrations"
