# shellcheck shell=sh
# object-store-azblob.sh: the Azure Blob Storage adapter of the backup and restore scripts
# (OBJECT_STORE=azblob).
#
# Not run on its own: postgres-backup.sh and postgres-restore.sh source object-store-$OBJECT_STORE.sh from
# their own folder, after the common helpers. It provides the interface described in object-store-s3.sh
# (STORE_NAME, STORE_CLI, store_check_settings, store_uri, store_put, store_head, store_get, store_list,
# store_delete) with the az CLI. Portable POSIX sh, like the scripts.
#
# Environment:
#   BACKUP_STORAGE_ACCOUNT       storage account name (required)
#   BACKUP_CONTAINER             blob container (required)
#   AZURE_STORAGE_BLOB_ENDPOINT  optional blob endpoint override (an emulator in tests); default
#                                https://<account>.blob.core.windows.net
#   AZURE_STORAGE_AUTH_MODE      "login" (default: the pod's workload identity, which `az login
#                                --federated-token` signs in with) or "key" (tests against an emulator,
#                                with AZURE_STORAGE_KEY)
#   BACKUP_REQUIRE_VERSIONING  "true" (default): store_put refuses a blob without a version id, as on an
#                                account without blob versioning, where an overwrite or delete would lose
#                                the dump; "false" only for an emulator that has no versions (Azurite)
#   AZURE_CLIENT_ID, AZURE_TENANT_ID, AZURE_FEDERATED_TOKEN_FILE: set by the workload identity webhook.
# In the cloud the account keeps every version and refuses shared keys; store_put prints the protection
# it verified ("versioned").

STORE_NAME="Azure Blob Storage"
STORE_CLI=az

store_check_settings() {
  require_variable BACKUP_STORAGE_ACCOUNT
  require_variable BACKUP_CONTAINER
  azblob_auth_mode=${AZURE_STORAGE_AUTH_MODE:-login}
  case $azblob_auth_mode in
    login | key) ;;
    *) fail "AZURE_STORAGE_AUTH_MODE must be login or key, got '$azblob_auth_mode'" ;;
  esac
  case ${BACKUP_REQUIRE_VERSIONING:-true} in
    true | false) ;;
    *) fail "BACKUP_REQUIRE_VERSIONING must be true or false, got '$BACKUP_REQUIRE_VERSIONING'" ;;
  esac
  if [ "$azblob_auth_mode" = login ] && [ -n "${AZURE_FEDERATED_TOKEN_FILE:-}" ] && [ -z "${azblob_logged_in:-}" ]; then
    # Workload identity: exchange the projected service-account token for the managed identity's.
    az login --service-principal --username "$AZURE_CLIENT_ID" --tenant "$AZURE_TENANT_ID" \
      --federated-token "$(cat "$AZURE_FEDERATED_TOKEN_FILE")" --allow-no-subscriptions >/dev/null ||
      fail "az login with the workload identity failed (AZURE_CLIENT_ID=$AZURE_CLIENT_ID)"
    azblob_logged_in=1
  fi
}

azblob_endpoint() {
  printf '%s\n' "${AZURE_STORAGE_BLOB_ENDPOINT:-https://$BACKUP_STORAGE_ACCOUNT.blob.core.windows.net}"
}

store_uri() {
  printf '%s/%s/%s\n' "$(azblob_endpoint)" "$BACKUP_CONTAINER" "$1"
}

# Every az storage blob call: the account, its endpoint and the authentication mode.
azblob() {
  if [ "${AZURE_STORAGE_AUTH_MODE:-login}" = key ]; then
    az storage blob "$@" --container-name "$BACKUP_CONTAINER" --account-name "$BACKUP_STORAGE_ACCOUNT" \
      --blob-endpoint "$(azblob_endpoint)" --account-key "${AZURE_STORAGE_KEY:-}" --auth-mode key --only-show-errors
  else
    az storage blob "$@" --container-name "$BACKUP_CONTAINER" --account-name "$BACKUP_STORAGE_ACCOUNT" \
      --blob-endpoint "$(azblob_endpoint)" --auth-mode login --only-show-errors
  fi
}

# The CLI prints a missing value as None or null; the interface has empty fields instead.
azblob_value() {
  case ${1:-} in
    None | null) printf '\n' ;;
    *) printf '%s\n' "${1:-}" ;;
  esac
}

# Prints the three lines of store_head from one tab-separated line of `--output tsv`.
azblob_fields_as_lines() {
  azblob_saved_ifs=$IFS
  IFS=$(printf '\t')
  # shellcheck disable=SC2086 # split on tabs on purpose
  set -- $1
  IFS=$azblob_saved_ifs
  azblob_value "${1:-}"
  azblob_value "${2:-}"
  azblob_value "${3:-}"
}

store_put() {
  azblob_key=$2
  azblob_target=$(store_uri "$azblob_key")
  # A block blob is only created once its block list is committed: a failed upload leaves no blob.
  azblob upload --name "$azblob_key" --file "$1" --metadata "sha256=$3" \
    --content-type application/octet-stream --overwrite false --no-progress >/dev/null ||
    fail "upload to $azblob_target failed with exit code $? (no blob was created)"
  azblob_version=$(azblob show --name "$azblob_key" --query 'versionId' --output tsv) || {
    store_delete "$azblob_key" || true
    fail "cannot read back $azblob_target after the upload; removed it (if it existed)"
  }
  azblob_version=$(azblob_value "$azblob_version")
  if [ "${BACKUP_REQUIRE_VERSIONING:-true}" = false ]; then
    printf 'unversioned (BACKUP_REQUIRE_VERSIONING=false)\n'
    return 0
  fi
  case $azblob_version in
    '')
      # Without versioning an overwrite or a delete would lose the dump for good.
      store_delete "$azblob_key" ||
        printf '%s: %s: ERROR: could not remove %s\n' "$SCRIPT" "$PHASE" "$azblob_target" >&2
      fail "verification of $azblob_target failed: the blob has no version id (turn on blob versioning on the account); the blob was removed"
      ;;
  esac
  printf 'versioned\n'
}

store_head() {
  azblob_head=$(azblob show --name "$1" --query '[properties.contentLength, metadata.sha256, versionId]' \
    --output tsv) || return
  azblob_fields_as_lines "$azblob_head"
}

store_get() {
  # Pin the version first, then download exactly that version: what is verified is what was fetched.
  azblob_head=$(store_head "$1") || return
  azblob_version=$(printf '%s\n' "$azblob_head" | sed -n 3p)
  if [ -n "$azblob_version" ]; then
    azblob download --name "$1" --file "$2" --version-id "$azblob_version" --no-progress >/dev/null || return
  else
    azblob download --name "$1" --file "$2" --no-progress >/dev/null || return
  fi
  printf '%s\n' "$azblob_head"
}

store_list() {
  azblob_listing=$(azblob list --prefix "$1" --query '[].name' --output tsv --num-results '*') || return
  printf '%s\n' "$azblob_listing" | while IFS= read -r azblob_name; do
    case $azblob_name in
      "$1"*) printf '%s\n' "$azblob_name" ;;
    esac
  done
}

# With a version id, that version goes; without one, the current blob (soft delete keeps it recoverable).
store_delete() {
  case ${2:-} in
    '' | None | null) azblob delete --name "$1" >/dev/null ;;
    *) azblob delete --name "$1" --version-id "$2" >/dev/null ;;
  esac
}
