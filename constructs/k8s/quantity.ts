/**
 * Kubernetes resource quantities ("500m", "2", "1.5", "512Mi", "4G"), only as far as the platform needs
 * them: doubling a request into its limit. Arithmetic is done on exact integers (BigInt) in thousandths,
 * so "0.1" doubles to "200m" and never to a floating-point approximation.
 */

const BINARY_SUFFIXES = ["Ki", "Mi", "Gi", "Ti", "Pi", "Ei"] as const;
const DECIMAL_SUFFIXES = ["k", "M", "G", "T", "P", "E"] as const;

const MULTIPLIERS: Readonly<Record<string, bigint>> = {
  "": 1n,
  ...Object.fromEntries(BINARY_SUFFIXES.map((suffix, index) => [suffix, 1024n ** BigInt(index + 1)])),
  ...Object.fromEntries(DECIMAL_SUFFIXES.map((suffix, index) => [suffix, 1000n ** BigInt(index + 1)])),
};

const QUANTITY = /^(\d+)(?:\.(\d{1,3}))?(m|Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$/;

/**
 * Twice a quantity, written in the largest unit of the same family that keeps it whole:
 * "500m" → "1", "250m" → "500m", "1.5" → "3", "512Mi" → "1Gi", "768Mi" → "1536Mi", "4G" → "8G".
 * Throws on anything that is not a plain positive quantity (exponents, signs, finer than a thousandth).
 */
export function doubleQuantity(quantity: string): string {
  const match = QUANTITY.exec(quantity);
  if (!match) {
    throw new Error(
      `doubleQuantity: got ${JSON.stringify(quantity)}; expected a Kubernetes quantity such as "500m", "2", "1.5", "512Mi" or "4G" (no sign or exponent, at most three decimals)`,
    );
  }
  const [, whole = "0", fraction = "", suffix = ""] = match;
  if (suffix === "m" && fraction !== "") {
    throw new Error(`doubleQuantity: got ${JSON.stringify(quantity)}; expected whole millis, such as "250m"`);
  }
  // The value in thousandths of the base unit, then doubled.
  const thousandths =
    suffix === "m"
      ? BigInt(whole)
      : (BigInt(whole) * 1000n + BigInt(fraction.padEnd(3, "0"))) * (MULTIPLIERS[suffix] as bigint);
  return format(thousandths * 2n, suffix);
}

/** Writes thousandths in the family of the original suffix: binary, decimal, or plain/milli. */
function format(thousandths: bigint, originalSuffix: string): string {
  const family: readonly string[] = (BINARY_SUFFIXES as readonly string[]).includes(originalSuffix)
    ? BINARY_SUFFIXES
    : (DECIMAL_SUFFIXES as readonly string[]).includes(originalSuffix)
      ? DECIMAL_SUFFIXES
      : [];
  if (thousandths % 1000n !== 0n) return `${thousandths}m`;
  const units = thousandths / 1000n;
  for (const suffix of [...family].reverse()) {
    const multiplier = MULTIPLIERS[suffix] as bigint;
    if (units % multiplier === 0n) return `${units / multiplier}${suffix}`;
  }
  return `${units}`;
}
