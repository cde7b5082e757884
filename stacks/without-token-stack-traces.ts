/**
 * Runs `work` while V8 skips formatting stack traces captured on plain objects.
 *
 * cdktf records a full creation stack for every token it makes (thousands per synth) by calling
 * Error.captureStackTrace on a plain object and reading `.stack` at once; formatting those traces was
 * about a fifth of the whole synth. They only decorate errors about unresolvable tokens. Errors keep
 * their usual "message + at ..." stacks.
 */
export function withoutTokenStackTraces<T>(work: () => T): T {
  const previous = Error.prepareStackTrace;
  Error.prepareStackTrace = (target, callSites) => {
    if (!(target instanceof Error)) return "";
    if (previous) return previous(target, callSites);
    return [String(target), ...callSites.map((site) => `    at ${site}`)].join("\n");
  };
  try {
    return work();
  } finally {
    Error.prepareStackTrace = previous;
  }
}
