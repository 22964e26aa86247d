import { describe, expect, it } from "vitest";
import { HIDDEN, maskForAudit, maskIdentifiers, maskNik, maskPassport } from "./mask";

describe("masking", () => {
  it("shows the first 4 and last 4 digits of a NIK", () => {
    expect(maskNik("3604135705950001")).toBe("3604••••••••0001");
    expect(maskNik("1234")).toBe("••••");
  });

  it("shows the first character and last 2 of a passport number", () => {
    expect(maskPassport("C1234567")).toBe("C•••••67");
    expect(maskPassport("AB1")).toBe("•••");
  });

  it("masks identifiers for roles without person:read-identifiers, and never returns health notes", () => {
    const p = { nik: "3604135705950001", passportNumber: "C1234567", healthNotes: "asma" };
    expect(maskIdentifiers("ORGANIZER", p)).toEqual({ nik: p.nik, passportNumber: p.passportNumber, identifiersMasked: false, hasHealthNotes: true });
    expect(maskIdentifiers("VILLAGE_OFFICIAL", p).identifiersMasked).toBe(false);
    expect(maskIdentifiers("BP3MI_STAFF", p)).toEqual({ nik: "3604••••••••0001", passportNumber: "C•••••67", identifiersMasked: true, hasHealthNotes: true });
    expect(maskIdentifiers("ADMIN", { ...p, passportNumber: null, healthNotes: null })).toEqual({
      nik: "3604••••••••0001",
      passportNumber: null,
      identifiersMasked: true,
      hasHealthNotes: false,
    });
    expect(JSON.stringify(maskIdentifiers("ORGANIZER", p))).not.toContain("asma");
  });
});

describe("maskForAudit", () => {
  it("keeps sensitive values out of the audit log", () => {
    const { after } = maskForAudit(null, { nik: "3604135705950001", passportNumber: "C1234567", healthNotes: "asma", name: "Siti" });
    expect(after).toEqual({ nik: "3604••••••••0001", passportNumber: "C•••••67", healthNotes: HIDDEN, name: "Siti" });
  });

  it("still shows that a sensitive field changed when its masked form did not", () => {
    const { before, after } = maskForAudit({ nik: "3604135705950001", healthNotes: "asma" }, { nik: "3604135805950001", healthNotes: "asma, alergi" });
    expect(before).toEqual({ nik: "3604••••••••0001", healthNotes: HIDDEN });
    expect(after).toEqual({ nik: "3604••••••••0001 (diubah)", healthNotes: `${HIDDEN} (diubah)` });
  });

  it("marks nothing when nothing changed, and shows removal as null", () => {
    expect(maskForAudit({ healthNotes: "asma" }, { healthNotes: "asma" }).after).toEqual({ healthNotes: HIDDEN });
    expect(maskForAudit({ healthNotes: "asma" }, { healthNotes: null }).after).toEqual({ healthNotes: null });
  });
});
