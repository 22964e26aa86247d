import { z } from "zod";
import { checkbox, oneOf, optionalText } from "@/lib/validation/fields";
import { requiredDay, splitIds, versionField } from "../dates";

// What the membership forms send. A person of another village, a second open leader and days
// in the future are the data functions' to refuse.

export const GROUP_ROLES = ["LEADER", "SECRETARY", "TREASURER", "MEMBER"] as const;
export type GroupRoleValue = (typeof GROUP_ROLES)[number];
export const MAX_MEMBERS_AT_ONCE = 50;

/** One id or several (ticked checkboxes send the same name again and again). */
const idList = z.preprocess(
  splitIds,
  z.array(z.uuid("invalidFormat")).min(1, "groups:choosePeople").max(MAX_MEMBERS_AT_ONCE, "groups:tooManyAtOnce"),
);

export const addMembersSchema = z.object({
  groupId: z.uuid("invalidFormat"),
  personIds: idList,
  role: oneOf(GROUP_ROLES).default("MEMBER"),
  joinedOn: requiredDay(),
});
export type AddMembersInput = z.output<typeof addMembersSchema>;

export const leaveMemberSchema = z.object({
  memberId: z.uuid("invalidFormat"),
  version: versionField,
  leftOn: requiredDay(),
  leaveReason: optionalText(500),
  confirm: checkbox().refine((v) => v === true, "required"),
});
export type LeaveMemberInput = z.output<typeof leaveMemberSchema>;

export const changeRoleSchema = z.object({
  memberId: z.uuid("invalidFormat"),
  version: versionField,
  role: oneOf(GROUP_ROLES),
});
export type ChangeRoleInput = z.output<typeof changeRoleSchema>;
