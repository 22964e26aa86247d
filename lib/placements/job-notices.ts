// What the placement form and page say about a job in a country. Pure.
//  - zero-cost: one of the ten jobs of Peraturan BP2MI 9/2020 for which no placement cost may
//    be charged to the worker ("jabatan tanpa biaya penempatan");
//  - moratorium: household work for a private employer in one of the countries of
//    Kepmenaker 260/2015. Only a warning: the SPSK pilot to Saudi Arabia is an exception,
//    and the list is reference data BP3MI keeps up to date.

export type JobFlags = { zeroCost: boolean; household: boolean };
export type CountryFlags = { moratoriumHousehold: boolean };

export type JobNotices = { zeroCost: boolean; moratoriumWarning: boolean };

export function jobNotices(job: JobFlags | null | undefined, country: CountryFlags | null | undefined): JobNotices {
  return {
    zeroCost: !!job?.zeroCost,
    moratoriumWarning: !!job?.household && !!country?.moratoriumHousehold,
  };
}
