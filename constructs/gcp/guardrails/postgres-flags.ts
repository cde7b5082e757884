import type { TerraformResource } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

/** The database flags of a Cloud SQL instance by name; undefined for an engine other than PostgreSQL. */
export function postgresFlagsOf({ config }: TerraformResource): ReadonlyMap<string, string> | undefined {
  if (!String(config.database_version ?? "").startsWith("POSTGRES")) return undefined;
  const flags: { name: string; value: string }[] = [blockOf(config.settings).database_flags ?? []].flat();
  return new Map(flags.map(({ name, value }) => [name, String(value)]));
}

/** The check of a PostgreSQL flag that must be "on": the finding's message, or undefined. */
export function flagOn(instance: TerraformResource, flag: string): string | undefined {
  const flags = postgresFlagsOf(instance);
  if (flags === undefined || flags.get(flag) === "on") return undefined;
  return `does not set the database flag ${flag} = on`;
}
