# shellcheck shell=sh
# object-store-s3.sh: the Amazon S3 adapter of the backup and restore scripts (OBJECT_STORE=s3).
#
# Not run on its own: postgres-backup.sh and postgres-restore.sh source object-store-$OBJECT_STORE.sh from
# their own folder (load_object_store in postgres-dump-common.sh), after the common helpers. It lives beside
# them in the postgres-backup-scripts ConfigMap. Portable POSIX sh, like the scripts.
#
# The interface every object-store-<name>.sh provides; the scripts use nothing else of it. Keys are paths
# inside the store's bucket or container, without a leading slash.
#   STORE_NAME                  the store's name in messages ("S3")
#   STORE_CLI                   the command the adapter runs: the phases that use the store require it, and
#                               messages point at its errors
#   store_check_settings        fails unless the adapter's own environment variables are usable
#   store_uri KEY               prints where KEY is, as operators write it (s3://<bucket>/<key>)
#   store_put FILE KEY SHA256   uploads FILE to KEY with user metadata sha256=SHA256; fails (with its own
#                               message) when the upload fails or the stored object is not protected as the
#                               store requires, after removing what it stored; prints that protection
#   store_head KEY              prints three lines: size in bytes, sha256 metadata, version id (each empty
#                               when the store has none)
#   store_get KEY FILE          downloads KEY into FILE; prints the three lines of store_head for the very
#                               version it downloaded
#   store_list PREFIX           prints the keys that start with PREFIX, one per line, in any order
#   store_delete KEY [VERSION]  removes that version of KEY for good; without VERSION, the current object
# Except store_put, a function that fails returns non-zero after the CLI's own error on stderr, and the
# caller says what failed. Nothing prints credentials.
#
# Environment:
#   BACKUP_BUCKET      bucket name, without s3:// (required)
#   BACKUP_KMS_KEY_ID  optional KMS key id or ARN. When set, uploads are encrypted with that key (aws:kms).
#                      When unset, no encryption header is sent so the bucket's default encryption (its own
#                      KMS key) applies: asking for aws:kms without a key id would make S3 use the
#                      AWS-managed aws/s3 key instead of the bucket's key. Either way the object must come out
#                      aws:kms-encrypted, or store_put removes it and fails.
#   AWS_ENDPOINT_URL   optional endpoint override (an S3-compatible store, or an emulator in tests)
#   AWS credentials and region come from the usual AWS variables (IRSA in the cluster).

STORE_NAME=S3
STORE_CLI=aws

# AWS CLI v2 would page long output through `less` when it thinks it has a terminal.
AWS_PAGER=''
export AWS_PAGER

store_check_settings() {
  require_variable BACKUP_BUCKET
}

store_uri() {
  printf 's3://%s/%s\n' "$BACKUP_BUCKET" "$1"
}

# The CLI prints a missing value as None (v1 and v2) or null; the interface has empty fields instead.
s3_value() {
  case ${1:-} in
    None | null) printf '\n' ;;
    *) printf '%s\n' "${1:-}" ;;
  esac
}

# Prints the tab-separated fields of one line of `--output text` as lines, missing values empty.
s3_fields_as_lines() {
  s3_saved_ifs=$IFS
  IFS=$(printf '\t')
  # shellcheck disable=SC2086 # split on tabs on purpose
  set -- $1
  IFS=$s3_saved_ifs
  for s3_field in "$@"; do
    s3_value "$s3_field"
  done
}

store_put() {
  s3_key=$2
  s3_target=$(store_uri "$s3_key")
  set -- s3 cp "$1" "$s3_target" --only-show-errors --no-progress \
    --content-type application/octet-stream --metadata "sha256=$3"
  if [ -n "${BACKUP_KMS_KEY_ID:-}" ]; then
    set -- "$@" --sse aws:kms --sse-kms-key-id "$BACKUP_KMS_KEY_ID"
  fi
  # A single PUT or a multipart upload only creates the object once all of it has arrived, so a failed
  # upload leaves no object at the key.
  aws "$@" || fail "upload to $s3_target failed with exit code $? (no object was created)"

  s3_head=$(aws s3api head-object --bucket "$BACKUP_BUCKET" --key "$s3_key" \
    --query '[ServerSideEncryption, VersionId]' --output text) || {
    store_delete "$s3_key" || true
    fail "cannot read back $s3_target after the upload; removed it (if it existed)"
  }
  s3_saved_ifs=$IFS
  IFS=$(printf '\t')
  # shellcheck disable=SC2086 # split on tabs on purpose
  set -- $s3_head
  IFS=$s3_saved_ifs
  s3_encryption=${1:-}
  s3_version=${2:-}
  case $s3_encryption in
    aws:kms | aws:kms:dsse) ;;
    *)
      store_delete "$s3_key" "$s3_version" ||
        printf '%s: %s: ERROR: could not remove %s\n' "$SCRIPT" "$PHASE" "$s3_target" >&2
      fail "verification of $s3_target failed: the object is not KMS-encrypted (ServerSideEncryption=$s3_encryption); set BACKUP_KMS_KEY_ID or give the bucket a default aws:kms encryption; the object was removed"
      ;;
  esac
  printf '%s\n' "$s3_encryption"
}

store_head() {
  s3_head=$(aws s3api head-object --bucket "$BACKUP_BUCKET" --key "$1" \
    --query '[ContentLength, Metadata.sha256, VersionId]' --output text) || return
  s3_fields_as_lines "$s3_head"
}

store_get() {
  # get-object returns the body and the metadata of the same object version in one call.
  s3_head=$(aws s3api get-object --bucket "$BACKUP_BUCKET" --key "$1" "$2" \
    --query '[ContentLength, Metadata.sha256, VersionId]' --output text) || return
  s3_fields_as_lines "$s3_head"
}

store_list() {
  # One key per line ([Key] rows), across every page the CLI fetches; no match prints None.
  s3_listing=$(aws s3api list-objects-v2 --bucket "$BACKUP_BUCKET" --prefix "$1" \
    --query 'Contents[].[Key]' --output text) || return
  printf '%s\n' "$s3_listing" | while IFS= read -r s3_key; do
    case $s3_key in
      "$1"*) printf '%s\n' "$s3_key" ;;
    esac
  done
}

# On an unversioned bucket there is no version id: the object itself goes.
store_delete() {
  case ${2:-} in
    '' | None | null) aws s3api delete-object --bucket "$BACKUP_BUCKET" --key "$1" >/dev/null ;;
    *) aws s3api delete-object --bucket "$BACKUP_BUCKET" --key "$1" --version-id "$2" >/dev/null ;;
  esac
}
