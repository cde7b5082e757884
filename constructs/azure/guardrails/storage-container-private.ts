import type { TerraformRule } from "../../../guardrails/rule";

export const storageContainerPrivate: TerraformRule = {
  id: "CKV_AZURE_34",
  severity: "error",
  rationale: "a container with blob or container access level serves its blobs to anyone with the URL",
  fix: 'set container_access_type = "private" (the default)',
  resourceTypes: ["azurerm_storage_container"],
  check: ({ config }) =>
    (config.container_access_type ?? "private") === "private"
      ? undefined
      : `serves its blobs anonymously (container_access_type is "${config.container_access_type}")`,
};
