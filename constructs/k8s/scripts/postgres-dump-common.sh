# shellcheck shell=sh
# postgres-dump-common.sh: helpers shared by postgres-backup.sh and postgres-restore.sh.
#
# Not run on its own: each script sources it from its own folder, after `set -eu` and after setting
# SCRIPT (its name in messages), SCRIPT_DIR (its folder) and PHASE. It lives beside them in the
# postgres-backup-scripts ConfigMap. Portable POSIX sh (busybox ash, dash, bash), like the scripts.

: "${SCRIPT:?must be set before sourcing postgres-dump-common.sh}"
: "${SCRIPT_DIR:?must be set before sourcing postgres-dump-common.sh}"

# Names of finished dumps, as a shell pattern (used with case).
DUMP_PATTERN='mlflow-[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]T[0-9][0-9][0-9][0-9][0-9][0-9]Z.dump'
# Temporary files of the current phase; removed on every exit so a failed step leaves nothing half-written.
TEMP_FILES=''

info() {
  printf '%s: %s: %s\n' "$SCRIPT" "$PHASE" "$*"
}

warn() {
  printf '%s: %s: WARNING: %s\n' "$SCRIPT" "$PHASE" "$*" >&2
}

fail() {
  printf '%s: %s: ERROR: %s\n' "$SCRIPT" "$PHASE" "$*" >&2
  exit 1
}

remove_temp_files() {
  for temp_file in $TEMP_FILES; do
    rm -f "$temp_file"
  done
}
trap remove_temp_files EXIT
# Turn signals into an ordinary exit so the EXIT trap runs.
trap 'exit 130' INT
trap 'exit 143' TERM

require_command() {
  command -v "$1" >/dev/null 2>&1 || fail "required command '$1' is not installed in this image"
}

require_variable() {
  eval "require_variable_value=\${$1:-}"
  [ -n "$require_variable_value" ] || fail "environment variable $1 must be set"
}

sha256_of() {
  sha256sum "$1" | cut -d ' ' -f 1
}

size_of() {
  wc -c <"$1" | tr -d ' '
}

# The work directory must exist and be writable: it is the only writable place in the container.
check_work_dir() {
  WORK_DIR=${WORK_DIR:-/work}
  [ -d "$WORK_DIR" ] || fail "WORK_DIR '$WORK_DIR' does not exist"
  [ -w "$WORK_DIR" ] || fail "WORK_DIR '$WORK_DIR' is not writable"
}

# Sets PREFIX to BACKUP_PREFIX without leading or trailing slashes. An empty prefix is refused so that
# nothing (prune in particular) can ever range over the whole bucket.
normalize_prefix() {
  PREFIX=${BACKUP_PREFIX:-backups/postgres}
  while :; do
    case $PREFIX in
      /*) PREFIX=${PREFIX#/} ;;
      */) PREFIX=${PREFIX%/} ;;
      *) break ;;
    esac
  done
  [ -n "$PREFIX" ] || fail "BACKUP_PREFIX must name a folder, not the bucket root"
}

# Names of the object-store adapters beside the scripts (object-store-<name>.sh), space-separated.
object_store_names() {
  store_names=''
  for store_file in "$SCRIPT_DIR"/object-store-*.sh; do
    [ -f "$store_file" ] || continue
    store_file=${store_file##*/object-store-}
    store_names="$store_names${store_names:+ }${store_file%.sh}"
  done
  printf '%s\n' "${store_names:-(none)}"
}

# Sources the adapter that OBJECT_STORE names, object-store-$OBJECT_STORE.sh from the scripts' own folder:
# it defines STORE_NAME, STORE_CLI and the store_* functions (the interface is described in
# object-store-s3.sh). Only a lowercase name whose file is there is accepted.
load_object_store() {
  [ -n "${OBJECT_STORE:-}" ] ||
    fail "environment variable OBJECT_STORE must be set to one of: $(object_store_names)"
  [ "${LOADED_OBJECT_STORE:-}" != "$OBJECT_STORE" ] || return 0
  store_file="$SCRIPT_DIR/object-store-$OBJECT_STORE.sh"
  case $OBJECT_STORE in
    *[!a-z0-9]*) store_file='' ;;
  esac
  if [ -z "$store_file" ] || [ ! -f "$store_file" ] || [ ! -r "$store_file" ]; then
    fail "OBJECT_STORE must be one of: $(object_store_names) (the object-store-<name>.sh files in $SCRIPT_DIR), got '$OBJECT_STORE'"
  fi
  # shellcheck source=object-store-s3.sh
  . "$store_file"
  LOADED_OBJECT_STORE=$OBJECT_STORE
}

# Sets stored_size, stored_sum and stored_version from the three lines that store_head and store_get print.
read_stored_attributes() {
  stored_size=''
  stored_sum=''
  stored_version=''
  {
    IFS= read -r stored_size || :
    IFS= read -r stored_sum || :
    IFS= read -r stored_version || :
  } <<EOF
$1
EOF
}

# Names (not keys) of the dumps directly under the prefix, oldest first. The timestamp in the name sorts
# chronologically, and anything else under the prefix is ignored (never listed, never deleted).
list_dump_names() {
  listing=$(store_list "$PREFIX/mlflow-") ||
    fail "cannot list $(store_uri "$PREFIX/") (see the $STORE_CLI error above)"
  printf '%s\n' "$listing" | while IFS= read -r key; do
    name=${key#"$PREFIX/"}
    # shellcheck disable=SC2254 # the pattern is meant to be matched as a pattern
    case $name in
      $DUMP_PATTERN) printf '%s\n' "$name" ;;
    esac
  done | sort
}
