import { ENVIRONMENT_SPECS } from "../config/environments";
import { kubernetesRulesOf } from "../guardrails/packs";
import { formatFinding, GuardrailReport } from "../guardrails/report";
import { synthCharts } from "./main";

// Entry point of `cdk8s synth` (see cdk8s.yaml): every environment's charts into <output>/<env>/.
// The cdk8s CLI passes its --output directory (default "dist", from cdk8s.yaml) as CDK8S_OUTDIR.
// The guardrails run here too; a finding of error severity makes the command fail.
const guardrails = new GuardrailReport();
for (const spec of ENVIRONMENT_SPECS) guardrails.addRules(kubernetesRulesOf(spec.cloud));
for (const line of synthCharts(process.env.CDK8S_OUTDIR ?? "dist", undefined, { guardrails }))
  console.error(line);
for (const line of guardrails.lines()) console.error(line);
const errors = guardrails.errors();
if (errors.length > 0) {
  console.error(`${errors.length} guardrail finding(s) of error severity:`);
  for (const finding of errors) console.error(`  ${formatFinding(finding)}`);
  process.exit(1);
}
