import type { TerraformRule } from "../../../guardrails/rule";

const DAY_SECONDS = 24 * 3600;
const MAXIMUM_DAYS = 90;
const ASYMMETRIC = ["ASYMMETRIC_DECRYPT", "ASYMMETRIC_SIGN"];

export const kmsRotation: TerraformRule = {
  id: "CKV_GCP_43",
  severity: "error",
  rationale: "a rotating key limits what one leaked key version decrypts",
  fix: `set rotation_period to ${MAXIMUM_DAYS * DAY_SECONDS}s (${MAXIMUM_DAYS} days) or less`,
  resourceTypes: ["google_kms_crypto_key"],
  check({ config }) {
    // Asymmetric keys cannot rotate automatically.
    if (ASYMMETRIC.includes(config.purpose)) return undefined;
    const period = /^(\d+(?:\.\d+)?)s$/.exec(String(config.rotation_period ?? ""));
    if (period === null) return "does not rotate (no rotation_period)";
    const days = Number(period[1]) / DAY_SECONDS;
    return days <= MAXIMUM_DAYS
      ? undefined
      : `rotates every ${Math.round(days)} days, more than ${MAXIMUM_DAYS}`;
  },
};
