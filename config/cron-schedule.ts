import { CronPattern } from "croner";

/** The macros Kubernetes' CronJob controller accepts besides five fields. */
const CRON_MACROS = ["@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"];

/**
 * One item of a field as Kubernetes' cron parser reads it: `*` or `?`, a value (a number or a three-letter
 * name), a range, each with an optional step. It knows no `L` (last), `W` (nearest weekday) or `#` (nth
 * weekday), which the parsing library would accept.
 */
const FIELD_ITEM = /^(\*|\?|(\d+|[A-Za-z]{3})(-(\d+|[A-Za-z]{3}))?)(\/\d+)?$/;

/** A cron schedule's fields, expanded (UTC, as the platform's CronJobs run). */
export interface CronSchedule {
  /** Minutes of the day it runs at, sorted. */
  readonly times: readonly number[];
  readonly months: ReadonlySet<number>;
  readonly daysOfMonth: ReadonlySet<number>;
  /** 0 (Sunday) to 6. */
  readonly daysOfWeek: ReadonlySet<number>;
  /** Whether the day-of-month field restricts the days (it is not `*`). */
  readonly byDayOfMonth: boolean;
  /** Whether the day-of-week field restricts the days (it is not `*`). */
  readonly byDayOfWeek: boolean;
}

const ones = (flags: readonly number[], offset = 0): number[] =>
  flags.flatMap((flag, index) => (flag ? [index + offset] : []));

/**
 * The schedule a CronJob's `schedule` field holds, expanded; undefined when it is not one Kubernetes
 * accepts (five fields or a macro) or it never runs (February 30th).
 *
 * The fields are read by croner, a parser without the date library (and its first call into the
 * platform's locale data, a twentieth of a synth) that cron-parser brings.
 */
export function parseCronSchedule(schedule: unknown): CronSchedule | undefined {
  if (typeof schedule !== "string") return undefined;
  if (!CRON_MACROS.includes(schedule)) {
    const fields = schedule.trim().split(/\s+/);
    if (
      fields.length !== 5 ||
      !fields.every((field) => field.split(",").every((item) => FIELD_ITEM.test(item)))
    ) {
      return undefined;
    }
  }
  let pattern: CronPattern;
  try {
    // Sloppy ranges: "1/5" starts at 1 and steps by 5, as in Kubernetes.
    pattern = new CronPattern(schedule, undefined, { mode: "5-part", sloppyRanges: true });
  } catch {
    return undefined;
  }
  const hours = ones(pattern.hour);
  const minutes = ones(pattern.minute);
  const parsed: CronSchedule = {
    times: hours.flatMap((hour) => minutes.map((minute) => hour * 60 + minute)).sort((a, b) => a - b),
    months: new Set(ones(pattern.month, 1)),
    daysOfMonth: new Set(ones(pattern.day, 1)),
    daysOfWeek: new Set(ones(pattern.dayOfWeek).map((day) => day % 7)),
    byDayOfMonth: !pattern.starDOM,
    byDayOfWeek: !pattern.starDOW,
  };
  return runsOn(parsed).next().done ? undefined : parsed;
}

/** Whether `schedule` is a CronJob schedule Kubernetes accepts and that runs. */
export function isCronSchedule(schedule: unknown): boolean {
  return parseCronSchedule(schedule) !== undefined;
}

/** The days (counted from 2025-01-01, UTC) in 400 days on which `schedule` runs, with cron's day rules. */
export function* runsOn(schedule: CronSchedule): Generator<number> {
  for (let day = 0; day < 400; day++) {
    const date = new Date(Date.UTC(2025, 0, 1 + day));
    if (!schedule.months.has(date.getUTCMonth() + 1)) continue;
    const dayOfMonth = schedule.daysOfMonth.has(date.getUTCDate());
    const dayOfWeek = schedule.daysOfWeek.has(date.getUTCDay());
    // Cron runs on a day matching either field when both are restricted, else on the restricted one.
    const { byDayOfMonth, byDayOfWeek } = schedule;
    const runs =
      byDayOfMonth && byDayOfWeek
        ? dayOfMonth || dayOfWeek
        : byDayOfMonth
          ? dayOfMonth
          : byDayOfWeek
            ? dayOfWeek
            : true;
    if (runs) yield day;
  }
}
