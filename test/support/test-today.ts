/**
 * The day the tests judge Kubernetes version support on, so that they do not change outcome as the
 * calendar moves. One test checks the shipped specs against the real date (test/config).
 */
export const TEST_TODAY = new Date("2026-12-01T12:00:00Z");
