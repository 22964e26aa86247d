import { describe, expect, it } from "vitest";
import { jobNotices } from "./job-notices";

describe("jobNotices", () => {
  it.each([
    { job: { zeroCost: true, household: true }, country: { moratoriumHousehold: true }, want: { zeroCost: true, moratoriumWarning: true } },
    { job: { zeroCost: true, household: true }, country: { moratoriumHousehold: false }, want: { zeroCost: true, moratoriumWarning: false } },
    { job: { zeroCost: false, household: false }, country: { moratoriumHousehold: true }, want: { zeroCost: false, moratoriumWarning: false } },
    { job: { zeroCost: true, household: false }, country: { moratoriumHousehold: true }, want: { zeroCost: true, moratoriumWarning: false } },
    { job: null, country: null, want: { zeroCost: false, moratoriumWarning: false } },
  ])("$job in $country", ({ job, country, want }) => {
    expect(jobNotices(job, country)).toEqual(want);
  });
});
