/** Prefix of every cloud resource name of an environment: `mlops-platform-<env>`. */
export function namePrefix(environment: string): string {
  return `mlops-platform-${environment}`;
}
