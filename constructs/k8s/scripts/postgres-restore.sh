#!/bin/sh
# postgres-restore.sh: restore the MLflow PostgreSQL database from a dump kept in an object store.
#
# Runs in the two containers of the (suspended) postgres-restore CronJob pod, which share WORK_DIR:
#   init container (the store's CLI image): sh postgres-restore.sh fetch
#   main container (postgres image):        sh postgres-restore.sh restore
# `all` runs fetch then restore in one process, for a manual run where the store's CLI and pg_restore both
# exist. Portable POSIX sh (busybox ash, dash, bash); needs the store's CLI (fetch) or pg_restore (restore),
# plus sha256sum, mktemp, sort, tr and cut. Dumps are the ones postgres-backup.sh writes:
# $BACKUP_PREFIX/mlflow-<UTC YYYYmmddTHHMMSSZ>.dump in the store, with user metadata sha256.
# Sources postgres-dump-common.sh, for the helpers both scripts share, and the object-store adapter
# object-store-$OBJECT_STORE.sh (fetch), which must all sit in the same folder.
#
# Environment (the only inputs):
#   fetch:   OBJECT_STORE      the object-store adapter (required): s3 for object-store-s3.sh
#            the adapter's own settings (for s3: BACKUP_BUCKET, AWS_ENDPOINT_URL and the usual AWS
#                              variables; see its header)
#            BACKUP_PREFIX     key prefix of the dumps (default backups/postgres; slashes trimmed)
#            RESTORE_KEY       optional object to restore: a full key, or a bare file name taken relative to
#                              BACKUP_PREFIX. Unset: the newest mlflow-<timestamp>.dump under the prefix.
#            WORK_DIR          scratch directory shared with the restore container (default /work)
#   restore: PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE (required: the database to restore into),
#            PGSSLMODE: standard libpq variables
#            WORK_DIR          as above
#
# fetch stores the object as $WORK_DIR/restore.dump with its sha256 in restore.dump.sha256, after checking
# the object's sha256 metadata when it has one. restore checks that checksum, reads the whole archive
# (which catches corrupt and truncated dumps) BEFORE connecting to the database, then runs pg_restore in a
# single transaction with --exit-on-error: any failure rolls back and leaves the database as it was.
# Objects the dump defines are dropped and recreated (--clean --if-exists); other objects are left alone.
#
# Every failure exits non-zero with "postgres-restore: <phase>: ERROR: ..." on stderr. Nothing here prints
# environment values that hold credentials.
set -eu

SCRIPT=postgres-restore
PHASE=setup
# The helpers shared with the other script (info, fail, temp-file cleanup, ...) and the object-store
# adapters sit beside this file, in the same folder here and in the ConfigMap mounted at /scripts.
# ${0%/*} is that folder when $0 has a slash.
case $0 in
  */*) SCRIPT_DIR=${0%/*} ;;
  *) SCRIPT_DIR=. ;;
esac
COMMON_FILE="$SCRIPT_DIR/postgres-dump-common.sh"
if [ ! -f "$COMMON_FILE" ] || [ ! -r "$COMMON_FILE" ]; then
  printf '%s: %s: ERROR: %s\n' "$SCRIPT" "$PHASE" "cannot read $COMMON_FILE, which must sit beside $0" >&2
  exit 1
fi
# shellcheck source=postgres-dump-common.sh
. "$COMMON_FILE"

# Name of the fetched dump in WORK_DIR, and of its checksum file (with .sha256).
FETCHED=restore.dump

phase_fetch() {
  PHASE=fetch
  load_object_store
  require_command "$STORE_CLI"
  require_command sha256sum
  store_check_settings
  check_work_dir
  normalize_prefix
  # A dump left by an earlier attempt must never be restored in place of the one asked for now.
  rm -f "$WORK_DIR/$FETCHED" "$WORK_DIR/$FETCHED.sha256" "$WORK_DIR"/.restore-fetch.*

  if [ -n "${RESTORE_KEY:-}" ]; then
    case $RESTORE_KEY in
      */*) key=$RESTORE_KEY ;;
      *) key="$PREFIX/$RESTORE_KEY" ;;
    esac
  else
    names=$(list_dump_names) || exit 1
    [ -n "$names" ] ||
      fail "no dumps (mlflow-<timestamp>.dump) under $(store_uri "$PREFIX/"); nothing to restore"
    key="$PREFIX/$(printf '%s\n' "$names" | tail -n 1)"
  fi
  source_uri=$(store_uri "$key")

  partial=$(mktemp "$WORK_DIR/.restore-fetch.XXXXXX") || fail "cannot create a temporary file in $WORK_DIR"
  TEMP_FILES=$partial
  info "downloading $source_uri"
  # The size and sha256 metadata of the very version downloaded, read in the same call.
  attributes=$(store_get "$key" "$partial") ||
    fail "cannot download $source_uri (see the $STORE_CLI error above)"
  read_stored_attributes "$attributes"

  size=$(size_of "$partial")
  [ "$size" = "$stored_size" ] ||
    fail "downloaded $size bytes but $STORE_NAME reports $stored_size for $source_uri"
  sum=$(sha256_of "$partial")
  case $stored_sum in
    '')
      warn "$source_uri has no sha256 metadata; relying on pg_restore's own checks of the archive"
      ;;
    *)
      [ "$sum" = "$stored_sum" ] ||
        fail "$source_uri does not match its sha256 metadata (got $sum, expected $stored_sum); not restoring it"
      ;;
  esac

  printf '%s  %s\n' "$sum" "$FETCHED" >"$WORK_DIR/$FETCHED.sha256"
  # mktemp creates 0600; group-readable lets the restore container read it when the pod shares an fsGroup.
  chmod 0640 "$partial" "$WORK_DIR/$FETCHED.sha256"
  mv -f "$partial" "$WORK_DIR/$FETCHED"
  TEMP_FILES=''
  info "fetched $source_uri (version ${stored_version:-None}, $size bytes, sha256 $sum) to $WORK_DIR/$FETCHED"
}

phase_restore() {
  PHASE=restore
  require_command pg_restore
  require_command sha256sum
  require_variable PGDATABASE
  check_work_dir

  dump="$WORK_DIR/$FETCHED"
  [ -f "$dump" ] || fail "no fetched dump at $dump (did the fetch step succeed?); database not touched"
  if [ -f "$dump.sha256" ]; then
    expected_sum=$(cut -d ' ' -f 1 <"$dump.sha256")
    [ "$(sha256_of "$dump")" = "$expected_sum" ] ||
      fail "$dump changed since it was fetched (sha256 mismatch); database not touched"
  else
    warn "$dump has no $FETCHED.sha256 beside it; skipping the checksum"
  fi

  # Both checks read only the file: the table of contents, then every data block to the end of the
  # archive (--list alone accepts a truncated dump).
  pg_restore --list "$dump" >/dev/null ||
    fail "$dump is not a readable pg_dump archive; database not touched"
  pg_restore --file=/dev/null "$dump" ||
    fail "$dump is corrupt or truncated (pg_restore cannot read it to the end); database not touched"

  info "restoring into database '$PGDATABASE' on ${PGHOST:-the local socket}:${PGPORT:-5432}"
  # --no-owner/--no-privileges: the restoring user owns everything, so the dump does not depend on the
  # source's roles existing here (a recovery region has its own).
  pg_restore --dbname="$PGDATABASE" --no-password --clean --if-exists --no-owner --no-privileges \
    --single-transaction --exit-on-error "$dump" ||
    fail "pg_restore failed with exit code $?; its single transaction was rolled back, database unchanged"
  info "restored $dump into '$PGDATABASE'"
}

case ${1:-} in
  fetch) phase_fetch ;;
  restore) phase_restore ;;
  all)
    phase_fetch
    phase_restore
    ;;
  *)
    printf 'usage: %s fetch|restore|all (configuration via environment variables, see the header)\n' "$0" >&2
    exit 2
    ;;
esac
