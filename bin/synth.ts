import { synthAll } from "./synth-all";

// `npm run synth`: every stack into cdktf.out/ and every chart into dist/, offline, without credentials.
try {
  for (const note of synthAll()) console.log(note);
} catch (error) {
  console.error(
    `synth failed; nothing was written.\n${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
