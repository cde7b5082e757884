# shellcheck shell=sh
# object-store-gcs.sh: the Google Cloud Storage adapter of the backup and restore scripts (OBJECT_STORE=gcs).
#
# Sourced by postgres-backup.sh and postgres-restore.sh like every adapter; it implements the interface
# described at the top of object-store-s3.sh with `gcloud storage`. The version id of the interface is
# the object's generation.
#
# Environment:
#   BACKUP_BUCKET   bucket name, without gs:// (required)
#   BACKUP_KMS_KEY  optional Cloud KMS key (projects/.../cryptoKeys/...). When set, uploads are encrypted
#                   with it; when unset, the bucket's default key applies. Either way the object must come
#                   out encrypted with a customer-managed key, or store_put removes it and fails.
#   Credentials come from the pod's Workload Identity (the GKE metadata server); HOME must be writable
#   (gcloud keeps its configuration there).

STORE_NAME=GCS
STORE_CLI=gcloud

store_check_settings() {
  require_variable BACKUP_BUCKET
}

store_uri() {
  printf 'gs://%s/%s\n' "$BACKUP_BUCKET" "$1"
}

# Prints size, sha256 metadata, generation and KMS key of KEY, tab-separated (the API's field names).
gcs_describe() {
  gcloud storage objects describe "$(store_uri "$1")" --raw \
    --format='value[separator="	"](size,metadata.sha256,generation,kmsKeyName)'
}

# Prints the first three tab-separated fields of one line as lines, missing values empty.
gcs_fields_as_lines() {
  gcs_saved_ifs=$IFS
  IFS=$(printf '\t')
  # shellcheck disable=SC2086 # split on tabs on purpose
  set -- $1
  IFS=$gcs_saved_ifs
  printf '%s\n%s\n%s\n' "${1:-}" "${2:-}" "${3:-}"
}

store_put() {
  gcs_key=$2
  gcs_target=$(store_uri "$gcs_key")
  set -- storage cp "$1" "$gcs_target" --no-user-output-enabled \
    --content-type=application/octet-stream --custom-metadata="sha256=$3"
  if [ -n "${BACKUP_KMS_KEY:-}" ]; then
    set -- "$@" --encryption-key="$BACKUP_KMS_KEY"
  fi
  # An upload (single or resumable) only creates the object once all of it has arrived.
  gcloud "$@" || fail "upload to $gcs_target failed with exit code $? (no object was created)"

  gcs_head=$(gcs_describe "$gcs_key") || {
    store_delete "$gcs_key" || true
    fail "cannot read back $gcs_target after the upload; removed it (if it existed)"
  }
  gcs_saved_ifs=$IFS
  IFS=$(printf '\t')
  # shellcheck disable=SC2086 # split on tabs on purpose
  set -- $gcs_head
  IFS=$gcs_saved_ifs
  gcs_generation=${3:-}
  gcs_kms_key=${4:-}
  case $gcs_kms_key in
    '')
      store_delete "$gcs_key" "$gcs_generation" ||
        printf '%s: %s: ERROR: could not remove %s\n' "$SCRIPT" "$PHASE" "$gcs_target" >&2
      fail "verification of $gcs_target failed: the object is not encrypted with a customer-managed key; set BACKUP_KMS_KEY or give the bucket a default Cloud KMS key; the object was removed"
      ;;
    "${BACKUP_KMS_KEY:-$gcs_kms_key}"*) ;;
    *)
      store_delete "$gcs_key" "$gcs_generation" ||
        printf '%s: %s: ERROR: could not remove %s\n' "$SCRIPT" "$PHASE" "$gcs_target" >&2
      fail "verification of $gcs_target failed: encrypted with $gcs_kms_key, not BACKUP_KMS_KEY; the object was removed"
      ;;
  esac
  printf 'cmek:%s\n' "$gcs_kms_key"
}

store_head() {
  gcs_head=$(gcs_describe "$1") || return
  gcs_fields_as_lines "$gcs_head"
}

store_get() {
  # The generation first, then exactly that generation: what is printed is what was downloaded.
  gcs_head=$(gcs_describe "$1") || return
  gcs_generation=$(gcs_fields_as_lines "$gcs_head" | sed -n 3p)
  gcloud storage cp "$(store_uri "$1")#$gcs_generation" "$2" --no-user-output-enabled || return
  gcs_fields_as_lines "$gcs_head"
}

store_list() {
  # No match is an error for gcloud ("matched no objects"): the interface has an empty list instead.
  gcs_errors=${TMPDIR:-/tmp}/gcs-list-errors.$$
  if gcs_listing=$(gcloud storage objects list "$(store_uri "$1")*" --format='value(name)' 2>"$gcs_errors"); then
    rm -f "$gcs_errors"
  elif grep -q 'matched no objects' "$gcs_errors"; then
    rm -f "$gcs_errors"
    gcs_listing=''
  else
    cat "$gcs_errors" >&2
    rm -f "$gcs_errors"
    return 1
  fi
  printf '%s\n' "$gcs_listing" | while IFS= read -r gcs_name; do
    case $gcs_name in
      "$1"*) printf '%s\n' "$gcs_name" ;;
    esac
  done
}

# Without a generation, the live object goes (it becomes noncurrent in a versioned bucket).
store_delete() {
  case ${2:-} in
    '') gcloud storage rm "$(store_uri "$1")" --no-user-output-enabled ;;
    *) gcloud storage rm "$(store_uri "$1")#$2" --no-user-output-enabled ;;
  esac
}
