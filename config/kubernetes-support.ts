import { cloudOf } from "../constructs/clouds";
import type { Environment } from "./environment-spec";
import { KUBERNETES_UPGRADE_REMINDER_DAYS } from "./tier-defaults";

const DAY_MS = 86_400_000;

/**
 * A reminder when the environment's Kubernetes version leaves its cloud's standard support within
 * KUBERNETES_UPGRADE_REMINDER_DAYS, or undefined. (A version already past it is refused by validation.)
 */
export function kubernetesUpgradeReminder(env: Environment, today: Date = new Date()): string | undefined {
  const support = cloudOf(env.cloud).kubernetes;
  const end = support.standardSupportEnds[env.cluster.version];
  if (end === undefined) return undefined;
  const days = Math.ceil((Date.parse(`${end}T23:59:59Z`) - today.getTime()) / DAY_MS);
  if (days > KUBERNETES_UPGRADE_REMINDER_DAYS) return undefined;
  return `${env.name}: Kubernetes ${env.cluster.version} leaves ${support.service} standard support on ${end} (in ${days} days); raise cluster.version in config/environments/${env.name}.ts before then (${support.pastSupport})`;
}
