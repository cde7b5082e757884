/**
 * Runs `work` while V8 records no stack trace on plain objects.
 *
 * cdktf records a full creation stack for every token it makes (thousands per synth) by calling
 * Error.captureStackTrace on a plain object with an unlimited stack depth and reading `.stack` at once;
 * walking and formatting those traces was about a fifth of the whole synth, and more per added
 * environment than anything else. They only decorate errors about unresolvable tokens. Errors keep their
 * usual "message + at ..." stacks.
 */
export function withoutTokenStackTraces<T>(work: () => T): T {
  const capture = Error.captureStackTrace;
  Error.captureStackTrace = (target: object, below?: (...args: never[]) => unknown) => {
    if (target instanceof Error) capture(target, below);
    else Object.defineProperty(target, "stack", { value: "", writable: true, configurable: true });
  };
  try {
    return work();
  } finally {
    Error.captureStackTrace = capture;
  }
}
