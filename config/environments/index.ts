import type { EnvironmentSpec } from "../environment-spec";
import { azureDev } from "./azure-dev";
import { azureProd } from "./azure-prod";
import { azureProdDr } from "./azure-prod-dr";
import { dev } from "./dev";
import { gcpDev } from "./gcp-dev";
import { gcpProd } from "./gcp-prod";
import { gcpProdDr } from "./gcp-prod-dr";
import { prod } from "./prod";
import { prodDr } from "./prod-dr";
import { staging } from "./staging";

/** Every environment the platform synthesizes. Add a file beside this one and list it here. */
export const ENVIRONMENT_SPECS: readonly EnvironmentSpec[] = [
  dev,
  staging,
  prod,
  prodDr,
  azureDev,
  azureProd,
  azureProdDr,
  gcpDev,
  gcpProd,
  gcpProdDr,
];
