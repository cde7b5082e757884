#!/bin/sh
# postgres-backup.sh: dump the MLflow PostgreSQL database and keep the dumps in an object store.
#
# Runs in the two containers of the postgres-backup CronJob pod, which share WORK_DIR (an emptyDir):
#   init container (postgres image):      sh postgres-backup.sh dump
#   main container (the store's CLI image): sh postgres-backup.sh upload && sh postgres-backup.sh prune
# `all` runs dump, upload and prune in one process, for a manual run where pg_dump and the store's CLI both
# exist. Portable POSIX sh (busybox ash, dash, bash); needs pg_dump/pg_restore (dump) or the store's CLI
# (upload, prune), plus sha256sum, mktemp, date (GNU or busybox: prune uses `date -d @SECONDS`), sort, tr
# and cut. Sources postgres-dump-common.sh, for the helpers both scripts share, and the object-store
# adapter object-store-$OBJECT_STORE.sh (upload, prune), which must all sit in the same folder.
#
# Environment (the only inputs):
#   dump:   PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE (required), PGSSLMODE: standard libpq variables
#           WORK_DIR           scratch directory shared with the upload container (default /work)
#   upload: OBJECT_STORE       the object-store adapter (required): s3 for object-store-s3.sh
#           the adapter's own settings (for s3: BACKUP_BUCKET, BACKUP_KMS_KEY_ID, AWS_ENDPOINT_URL and the
#                              usual AWS variables; see its header)
#           BACKUP_PREFIX      key prefix of the dumps (default backups/postgres; slashes trimmed)
#           WORK_DIR           as above
#   prune:  OBJECT_STORE, the adapter's settings and BACKUP_PREFIX as above
#           RETENTION_DAYS     delete dumps older than this many days, never the newest (default 14)
#
# Dumps are named mlflow-<UTC YYYYmmddTHHMMSSZ>.dump and stored at $BACKUP_PREFIX/<name> in the store
# (s3://$BACKUP_BUCKET/$BACKUP_PREFIX/<name> on S3) with user metadata sha256=<hex digest>. After the upload
# the stored size and sha256 are checked, and the adapter checks the store's own protection (KMS on S3): a
# version that fails is removed. A dump's age is the timestamp in its name (when it was taken), not the
# object's modification time, so copies (replication, re-uploads) keep their age.
#
# Every failure exits non-zero with "postgres-backup: <phase>: ERROR: ..." on stderr. Nothing here prints
# environment values that hold credentials (no `set -x`, no env dumps).
set -eu

SCRIPT=postgres-backup
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

check_retention() {
  RETENTION_DAYS=${RETENTION_DAYS:-14}
  case $RETENTION_DAYS in
    '' | *[!0-9]*) fail "RETENTION_DAYS must be a whole number of days, got '$RETENTION_DAYS'" ;;
  esac
}

# Finished dumps and their checksums left by an earlier run in a reused WORK_DIR would make upload ambiguous.
remove_stale_dumps() {
  for stale in "$WORK_DIR"/mlflow-*.dump "$WORK_DIR"/mlflow-*.dump.sha256 "$WORK_DIR"/.mlflow-dump.*; do
    if [ -e "$stale" ]; then
      info "removing leftover $(basename "$stale") from an earlier run"
      rm -f "$stale"
    fi
  done
}

phase_dump() {
  PHASE=dump
  require_command pg_dump
  require_command pg_restore
  require_command sha256sum
  require_variable PGDATABASE
  check_work_dir
  remove_stale_dumps

  name="mlflow-$(date -u +%Y%m%dT%H%M%SZ).dump"
  partial=$(mktemp "$WORK_DIR/.mlflow-dump.XXXXXX") || fail "cannot create a temporary file in $WORK_DIR"
  partial_sum="$partial.sha256"
  TEMP_FILES="$partial $partial_sum"

  info "dumping database '$PGDATABASE' from ${PGHOST:-the local socket}:${PGPORT:-5432}"
  # Custom format: compressed, and restorable selectively and in one transaction by pg_restore.
  pg_dump --format=custom --compress=6 --no-password --file="$partial" ||
    fail "pg_dump failed with exit code $? (no dump was written)"

  # --list checks the archive header and table of contents; reading the whole archive to /dev/null also
  # checks every data block, which --list does not.
  pg_restore --list "$partial" >/dev/null ||
    fail "pg_restore --list cannot read the new dump; it is discarded"
  pg_restore --file=/dev/null "$partial" ||
    fail "pg_restore cannot read the new dump to its end; it is discarded"

  sum=$(sha256_of "$partial")
  printf '%s  %s\n' "$sum" "$name" >"$partial_sum"
  # mktemp creates 0600; group-readable lets the upload container read it when the pod shares an fsGroup.
  chmod 0640 "$partial" "$partial_sum"
  # The checksum is renamed first: the dump's own rename is the commit point that upload looks for.
  mv -f "$partial_sum" "$WORK_DIR/$name.sha256"
  mv -f "$partial" "$WORK_DIR/$name"
  TEMP_FILES=''
  info "wrote $name ($(size_of "$WORK_DIR/$name") bytes, sha256 $sum)"
}

phase_upload() {
  PHASE=upload
  load_object_store
  require_command "$STORE_CLI"
  require_command sha256sum
  store_check_settings
  check_work_dir
  normalize_prefix

  dump_path=''
  dump_count=0
  for candidate in "$WORK_DIR"/mlflow-*.dump; do
    [ -f "$candidate" ] || continue
    dump_count=$((dump_count + 1))
    dump_path=$candidate
  done
  [ "$dump_count" -eq 1 ] ||
    fail "expected exactly one finished dump in $WORK_DIR, found $dump_count (did the dump step succeed?)"
  name=$(basename "$dump_path")
  [ -f "$dump_path.sha256" ] || fail "$name has no $name.sha256 beside it"

  expected_sum=$(cut -d ' ' -f 1 <"$dump_path.sha256")
  sum=$(sha256_of "$dump_path")
  [ "$sum" = "$expected_sum" ] ||
    fail "$name does not match its recorded sha256 (changed since the dump step); not uploading"
  size=$(size_of "$dump_path")
  key="$PREFIX/$name"
  target=$(store_uri "$key")

  info "uploading $name ($size bytes) to $target"
  # Fails by itself, having removed what it stored, unless the object is protected as the store requires.
  protection=$(store_put "$dump_path" "$key" "$sum") || exit 1

  # Verify what the store now holds: size, sha256 metadata, and the version to remove if they are wrong.
  attributes=$(store_head "$key") || {
    store_delete "$key" || true
    fail "cannot read back $target after the upload; removed it (if it existed)"
  }
  read_stored_attributes "$attributes"

  problem=''
  if [ "$stored_size" != "$size" ]; then
    problem="$STORE_NAME reports $stored_size bytes, the dump has $size"
  elif [ "$stored_sum" != "$sum" ]; then
    problem="$STORE_NAME reports sha256 metadata '$stored_sum', expected $sum"
  fi
  if [ -n "$problem" ]; then
    store_delete "$key" "$stored_version" ||
      printf '%s: %s: ERROR: could not remove %s\n' "$SCRIPT" "$PHASE" "$target" >&2
    fail "verification of $target failed: $problem; the object was removed"
  fi
  info "verified $target (version ${stored_version:-None}, $protection)"
}

phase_prune() {
  PHASE=prune
  load_object_store
  require_command "$STORE_CLI"
  store_check_settings
  normalize_prefix
  check_retention

  now=$(date -u +%s)
  cutoff=$(date -u -d "@$((now - RETENTION_DAYS * 86400))" +%Y%m%dT%H%M%SZ) ||
    fail "this image's date cannot convert epoch seconds (date -d @N)"
  names=$(list_dump_names) || exit 1
  if [ -z "$names" ]; then
    info "no dumps under $(store_uri "$PREFIX/"); nothing to prune"
    return 0
  fi
  newest=$(printf '%s\n' "$names" | tail -n 1)
  # Compare timestamps as 14-digit numbers: YYYYmmddHHMMSS.
  cutoff_number=$(printf '%s' "$cutoff" | tr -d 'TZ')

  deleted=0
  failed=0
  for name in $names; do
    [ "$name" != "$newest" ] || continue
    stamp=${name#mlflow-}
    stamp_number=$(printf '%s' "${stamp%.dump}" | tr -d 'TZ')
    [ "$stamp_number" -lt "$cutoff_number" ] || continue
    if store_delete "$PREFIX/$name"; then
      info "deleted $PREFIX/$name (older than $RETENTION_DAYS days)"
      deleted=$((deleted + 1))
    else
      printf '%s: %s: ERROR: could not delete %s\n' "$SCRIPT" "$PHASE" "$PREFIX/$name" >&2
      failed=$((failed + 1))
    fi
  done
  [ "$failed" -eq 0 ] || fail "$failed expired dump(s) could not be deleted"
  info "kept $newest and every dump since $cutoff; deleted $deleted"
}

case ${1:-} in
  dump) phase_dump ;;
  upload) phase_upload ;;
  prune) phase_prune ;;
  all)
    # Check the configuration of later phases before spending time on a dump.
    PHASE=all
    load_object_store
    store_check_settings
    check_retention
    phase_dump
    phase_upload
    phase_prune
    ;;
  *)
    printf 'usage: %s dump|upload|prune|all (configuration via environment variables, see the header)\n' "$0" >&2
    exit 2
    ;;
esac
