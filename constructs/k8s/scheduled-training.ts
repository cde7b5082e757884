import { Duration } from "cdk8s";
import { Construct } from "constructs";
import { isCronSchedule } from "../../config/cron-schedule";
import {
  CronWorkflow,
  CronWorkflowSpecConcurrencyPolicy,
} from "../../imports/argo-workflows-cronworkflows-argoproj.io";
import { appLabels } from "./workload-defaults";

export interface ScheduledTrainingProps {
  readonly namespace: string;
  /** The WorkflowTemplate each run instantiates (by reference: the template stays the one definition). */
  readonly workflowTemplateName: string;
  /** Name of the CronWorkflow. @default `<workflowTemplateName>-scheduled` */
  readonly name?: string;
  /** Cron schedule of five fields (or a macro such as "@daily"). */
  readonly schedule: string;
  /** Time zone the schedule is read in. @default "UTC" */
  readonly timezone?: string;
  /** Arguments of every run, by parameter name (each must be a parameter the template declares). */
  readonly parameters: Readonly<Record<string, string>>;
  /** A run that could not start this long after its time is skipped, not started late. @default Duration.hours(1) */
  readonly startingDeadline?: Duration;
  /** Create no runs until this is turned off again. @default false */
  readonly suspended?: boolean;
  /** Finished runs kept for inspection. @default 3 */
  readonly successfulRunsHistoryLimit?: number;
  /** Failed runs kept for inspection. @default 5 */
  readonly failedRunsHistoryLimit?: number;
}

/**
 * Runs a WorkflowTemplate on a schedule: never two runs at once (a run still going when the next is due
 * makes that one skip), late runs dropped after a deadline, and a bounded history.
 */
export class ScheduledTraining extends Construct {
  readonly name: string;

  constructor(scope: Construct, id: string, props: ScheduledTrainingProps) {
    super(scope, id);
    this.name = props.name ?? `${props.workflowTemplateName}-scheduled`;
    const fail = (prop: string, value: unknown, allowed: string): never => {
      throw new Error(
        `ScheduledTraining ${props.namespace}/${this.name}: ${prop} got ${JSON.stringify(value)}; expected ${allowed}`,
      );
    };
    if (!isCronSchedule(props.schedule)) {
      fail(
        "schedule",
        props.schedule,
        'a cron schedule of five fields (or a macro such as "@daily"), such as "0 4 * * 1"',
      );
    }
    const entries = Object.entries(props.parameters);
    if (entries.length === 0) fail("parameters", props.parameters, "at least one argument for the template");
    for (const [name, value] of entries) {
      if (typeof value !== "string" || value.trim() === "") {
        fail(`parameters["${name}"]`, value, "a non-empty value");
      }
    }
    const successful = props.successfulRunsHistoryLimit ?? 3;
    const failed = props.failedRunsHistoryLimit ?? 5;
    for (const [prop, value] of [
      ["successfulRunsHistoryLimit", successful],
      ["failedRunsHistoryLimit", failed],
    ] as const) {
      if (!Number.isInteger(value) || value < 1) fail(prop, value, "an integer of at least 1");
    }

    const labels = appLabels(props.workflowTemplateName, "training");
    new CronWorkflow(this, "cron-workflow", {
      metadata: { name: this.name, namespace: props.namespace, labels },
      spec: {
        // Argo Workflows 3.6+ takes a list of schedules (the single `schedule` field is gone in v4).
        schedules: [props.schedule],
        timezone: props.timezone ?? "UTC",
        suspend: props.suspended ?? false,
        concurrencyPolicy: CronWorkflowSpecConcurrencyPolicy.FORBID,
        startingDeadlineSeconds: (props.startingDeadline ?? Duration.hours(1)).toSeconds(),
        successfulJobsHistoryLimit: successful,
        failedJobsHistoryLimit: failed,
        workflowMetadata: { labels: { "mlops-platform.io/scheduled-by": this.name } },
        workflowSpec: {
          workflowTemplateRef: { name: props.workflowTemplateName },
          arguments: { parameters: entries.map(([name, value]) => ({ name, value })) },
        },
      },
    });
  }
}
