#!/usr/bin/env node
// Records in package-lock.json the platform-specific optional packages that `npm install` could not
// resolve, so that `npm ci` accepts the lock file.
//
// Why: a registry mirror that serves only the binaries for the platforms it supports answers 404 for
// the others (darwin, win32, musl, ...). npm then writes a lock file without them, and `npm ci` refuses
// that lock file as "not in sync". Each missing package gets an entry with the os/cpu/libc its name
// encodes; npm skips such entries on every other platform without fetching them. Run after any
// `npm install`: `node scripts/complete-lockfile.mjs`. It changes nothing when nothing is missing.
import { readFileSync, writeFileSync } from "node:fs";

const OPERATING_SYSTEMS = [
  "android",
  "darwin",
  "freebsd",
  "linux",
  "openharmony",
  "win32",
  "sunos",
  "netbsd",
  "openbsd",
  "aix",
];
const CPUS = ["arm64", "x64", "ia32", "arm", "ppc64", "s390x", "riscv64", "loong64", "mips64el"];
const LIBC = {
  gnu: "glibc",
  gnueabihf: "glibc",
  musl: "musl",
  musleabihf: "musl",
  msvc: undefined,
  eabi: undefined,
};

/** Platform fields from a name such as `@swc/core-linux-arm-gnueabihf` or `@biomejs/cli-linux-x64-musl`. */
function platformOf(name) {
  const tokens = name.split("/").pop().split("-");
  const os = tokens.find((token) => OPERATING_SYSTEMS.includes(token));
  const cpu = tokens.find((token) => CPUS.includes(token));
  if (!os || !cpu) return undefined;
  const suffix = tokens.at(-1);
  const libc = Object.hasOwn(LIBC, suffix) ? LIBC[suffix] : os === "linux" ? "glibc" : undefined;
  return { os: [os], cpu: [cpu], ...(libc && os === "linux" && { libc: [libc] }) };
}

const file = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(file, "utf8"));
const added = [];
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const location = `node_modules/${name}`;
    if (lock.packages[location] || lock.packages[`${path}/${location}`]) continue;
    const platform = platformOf(name);
    if (!platform)
      throw new Error(
        `${name} (optional dependency of ${path || "the project"}) is missing and names no platform`,
      );
    if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(range))
      throw new Error(`${name}: expected an exact version, got ${range}`);
    lock.packages[location] = {
      version: range,
      ...(entry.dev && { dev: true }),
      optional: true,
      ...platform,
    };
    added.push(`${name}@${range}`);
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  added.length ? `recorded ${added.length} platform packages: ${added.join(", ")}` : "nothing missing",
);
