import { synthCharts } from "./main";

// Entry point of `cdk8s synth` (see cdk8s.yaml): every environment's charts into dist/<env>/.
for (const line of synthCharts()) console.error(line);
