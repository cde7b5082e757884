/**
 * Regions the platform runs in on Azure: each with its availability zones and its paired region. The pair
 * is where Azure keeps a PostgreSQL Flexible Server's geo-redundant backups and where a geo-restore can
 * rebuild it, so an environment's recovery region must be its region's pair (see docs/versions.md).
 * Only regions whose pair also has availability zones are listed: the recovery environment runs there
 * zone-redundant like its source.
 */
export const AZURE_REGIONS: Readonly<
  Record<string, { readonly zones: readonly string[]; readonly pair: string }>
> = {
  eastus2: { zones: ["1", "2", "3"], pair: "centralus" },
  centralus: { zones: ["1", "2", "3"], pair: "eastus2" },
  northeurope: { zones: ["1", "2", "3"], pair: "westeurope" },
  westeurope: { zones: ["1", "2", "3"], pair: "northeurope" },
  southeastasia: { zones: ["1", "2", "3"], pair: "eastasia" },
  eastasia: { zones: ["1", "2", "3"], pair: "southeastasia" },
};
