import { synthCharts } from "./main";

// Entry point of `cdk8s synth` (see cdk8s.yaml): every environment's charts into <output>/<env>/.
// The cdk8s CLI passes its --output directory (default "dist", from cdk8s.yaml) as CDK8S_OUTDIR.
for (const line of synthCharts(process.env.CDK8S_OUTDIR ?? "dist")) console.error(line);
