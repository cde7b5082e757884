import { isCronSchedule, parseCronSchedule } from "../../config/cron-schedule";

describe("CronJob schedules", () => {
  test.each([
    "17 2 * * *",
    "*/5 * * * *",
    "1/5 * * * *",
    "5-10/2 * * * *",
    "0 0 1,15 * *",
    "0 0 * * MON-FRI",
    "0 0 1 JAN-MAR *",
    "0 0 1 jul *",
    "0 0 * * 7",
    "0 0 ? * *",
    "*/5,10 * * * *",
    "@daily",
    "@hourly",
    "@yearly",
  ])("accepts %j, as Kubernetes does", (schedule) => {
    expect(isCronSchedule(schedule)).toBe(true);
  });

  test.each([
    ["not cron", "every night"],
    ["six fields", "0 17 2 * * *"],
    ["four fields", "17 2 * *"],
    ["a minute out of range", "61 2 * * *"],
    ["an hour out of range", "0 24 * * *"],
    ["day 0", "0 0 0 * *"],
    ["month 13", "0 0 1 13 *"],
    ["weekday 8", "0 0 * * 8"],
    ["a reversed range", "10-5 * * * *"],
    ["a step of nothing", "5/ * * * *"],
    ["a step without a start", "/5 * * * *"],
    ["the last day (L)", "0 2 L * *"],
    ["the nearest weekday (W)", "0 2 1W * *"],
    ["the nth weekday (#)", "0 2 * * 1#2"],
    ["a date that never comes", "0 0 30 2 *"],
    ["an unknown macro", "@reboot"],
    ["a number", 17],
  ])("refuses %s (%j)", (_, schedule) => {
    expect(isCronSchedule(schedule)).toBe(false);
  });

  test("expands the fields, in UTC, with Sunday as 0 whichever way it is written", () => {
    expect(parseCronSchedule("30 1,13 */10 * 7")).toEqual({
      times: [90, 810],
      months: new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
      daysOfMonth: new Set([1, 11, 21, 31]),
      daysOfWeek: new Set([0]),
      byDayOfMonth: true,
      byDayOfWeek: true,
    });
    expect(parseCronSchedule("0 3 * * *")).toMatchObject({ byDayOfMonth: false, byDayOfWeek: false });
  });
});
