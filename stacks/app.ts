import { synthStacks } from "./main";

// Entry point of `cdktf synth|diff|deploy` (see cdktf.json). The cdktf CLI chooses the output directory.
for (const line of synthStacks()) console.error(line);
