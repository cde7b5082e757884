import { ENVIRONMENT_SPECS } from "../config/environments";
import { terraformRulesOf } from "../guardrails/packs";
import { formatFinding, GuardrailReport } from "../guardrails/report";
import { synthStacks } from "./main";

// Entry point of `cdktf synth|diff|deploy` (see cdktf.json). The cdktf CLI chooses the output directory.
// The guardrails run here too: a finding of error severity stops `cdktf deploy` before any plan.
const guardrails = new GuardrailReport();
for (const spec of ENVIRONMENT_SPECS) guardrails.addRules(terraformRulesOf(spec.cloud));
for (const line of synthStacks(undefined, ENVIRONMENT_SPECS, { guardrails })) console.error(line);
for (const line of guardrails.lines()) console.error(line);
const errors = guardrails.errors();
if (errors.length > 0) {
  console.error(`${errors.length} guardrail finding(s) of error severity:`);
  for (const finding of errors) console.error(`  ${formatFinding(finding)}`);
  process.exit(1);
}
