import { z } from "zod";
import { commonEnvironmentShape, localStateSchema, texts } from "../../config/spec-common";

/** An AWS environment's spec: the common sections, its account, and state in S3 when it is shared. */
export const awsEnvironmentSchema = z.strictObject({
  ...commonEnvironmentShape,
  cloud: z.literal("aws"),
  // The account, and the sizes in AWS's vocabulary (the shared sections say how many, this block of what).
  aws: z.strictObject({
    accountId: z.string(),
    systemNodeInstanceTypes: texts.optional(),
    gpuInstanceFamilies: texts.optional(),
    databaseInstanceClass: z.string().optional(),
  }),
  stateBackend: z
    .discriminatedUnion("kind", [
      localStateSchema,
      z.strictObject({
        kind: z.literal("s3"),
        bucket: z.string(),
        region: z.string().optional(),
        key: z.string().optional(),
      }),
    ])
    .optional(),
});
