import { z } from "zod";
import { oneOf, text } from "@/lib/validation/fields";
import { requiredDay, splitIds } from "../dates";

// What the training form sends: the members who attended are ticked (memberIds); that they
// were members of the group on that day is the data function's to check.

export const TRAINING_TOPICS = ["ENTREPRENEURSHIP", "FINANCIAL_LITERACY", "PROCESSING", "MARKETING", "OTHER"] as const;
export type TrainingTopicValue = (typeof TRAINING_TOPICS)[number];

export const recordTrainingSchema = z.object({
  groupId: z.uuid("invalidFormat"),
  heldOn: requiredDay(),
  topic: oneOf(TRAINING_TOPICS),
  title: text(200),
  givenBy: text(200),
  memberIds: z.preprocess(splitIds, z.array(z.uuid("invalidFormat")).max(500, "tooLong")),
});
export type RecordTrainingInput = z.output<typeof recordTrainingSchema>;
