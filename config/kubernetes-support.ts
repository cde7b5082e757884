import type { Environment } from "./environment-spec";
import { KUBERNETES_STANDARD_SUPPORT_ENDS, KUBERNETES_UPGRADE_REMINDER_DAYS } from "./tier-defaults";

const DAY_MS = 86_400_000;

/**
 * A reminder when the environment's Kubernetes version leaves standard support within
 * KUBERNETES_UPGRADE_REMINDER_DAYS, or undefined. (A version already past it is refused by validation.)
 */
export function kubernetesUpgradeReminder(env: Environment, today: Date = new Date()): string | undefined {
  const end =
    KUBERNETES_STANDARD_SUPPORT_ENDS[env.cluster.version as keyof typeof KUBERNETES_STANDARD_SUPPORT_ENDS];
  if (end === undefined) return undefined;
  const days = Math.ceil((Date.parse(`${end}T23:59:59Z`) - today.getTime()) / DAY_MS);
  if (days > KUBERNETES_UPGRADE_REMINDER_DAYS) return undefined;
  return `${env.name}: Kubernetes ${env.cluster.version} leaves EKS standard support on ${end} (in ${days} days); raise cluster.version in config/environments/${env.name}.ts before then, or EKS upgrades the control plane by itself`;
}
