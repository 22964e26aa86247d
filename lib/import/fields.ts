// The Lontar fields a spreadsheet column can be mapped to, and the header names organizers
// actually use for them (Indonesian forms, KK/KTP wording, English). The order is the order of
// the mapping form, of the import template and of the export.

export const IMPORT_FIELDS = [
  "nik",
  "name",
  "sex",
  "birthPlace",
  "birthDate",
  "address",
  "dusun",
  "rt",
  "rw",
  "phone",
  "education",
  "maritalStatus",
  "kkNumber",
  "relationToHead",
  "countryCode",
  "jobCode",
  "recruiterName",
  "departureDate",
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

export const REQUIRED_FIELDS: readonly ImportField[] = ["nik", "name", "sex", "birthPlace", "birthDate"];

/** The current placement: mapped together (a country needs a job and the other way round). */
export const PLACEMENT_FIELDS: readonly ImportField[] = ["countryCode", "jobCode", "recruiterName", "departureDate"];

/** Column → field: for each field, the 0-based column index, or null when not imported. */
export type ColumnMapping = Record<ImportField, number | null>;

export function isImportField(value: string): value is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(value);
}

/** "No. KTP / NIK" → "noktpnik": case, spaces and punctuation do not matter. */
export function headerKey(header: string): string {
  return header
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

// Exact names first (after headerKey); a header that only starts with one of them (e.g.
// "NIK (16 digit)") is a weaker guess, used when nothing matched exactly.
const SYNONYMS: Record<ImportField, readonly string[]> = {
  nik: ["nik", "noktp", "nomorktp", "noinduk", "nomorinduk", "nomorindukkependudukan", "nonik", "nomornik", "ktp", "idnumber", "nationalid", "nationalidnumber"],
  name: ["nama", "namalengkap", "namawarga", "namapmi", "namacpmi", "namasesuaiktp", "name", "fullname"],
  sex: ["jeniskelamin", "jk", "kelamin", "lp", "sex", "gender"],
  birthPlace: ["tempatlahir", "tmplahir", "tmptlahir", "tptlahir", "tempatlhr", "birthplace", "placeofbirth"],
  birthDate: ["tanggallahir", "tgllahir", "tgllhr", "tanggallhr", "tgllahirddmmyyyy", "birthdate", "dateofbirth", "dob"],
  address: ["alamat", "alamatlengkap", "alamatrumah", "jalan", "address", "streetaddress"],
  dusun: ["dusun", "kampung", "kp", "lingkungan", "hamlet"],
  rt: ["rt", "nort", "rukuntetangga"],
  rw: ["rw", "norw", "rukunwarga"],
  phone: ["nohp", "nomorhp", "hp", "nohandphone", "telepon", "telp", "notelp", "notelepon", "nowa", "nomorwa", "whatsapp", "phone", "phonenumber", "mobile"],
  education: ["pendidikan", "pendidikanterakhir", "pendidikanakhir", "education"],
  maritalStatus: ["statusperkawinan", "statuskawin", "perkawinan", "statuspernikahan", "statusnikah", "maritalstatus"],
  kkNumber: ["nokk", "nomorkk", "kk", "nokartukeluarga", "nomorkartukeluarga", "kartukeluarga", "familycardnumber", "familycard", "kknumber"],
  relationToHead: ["hubungan", "hubungandalamkeluarga", "hubungankeluarga", "statushubungandalamkeluarga", "shdk", "relationtohead", "relationship"],
  countryCode: ["negaratujuan", "negarapenempatan", "negara", "tujuan", "destinationcountry", "destination", "country"],
  jobCode: ["jabatan", "jenispekerjaan", "pekerjaandiluarnegeri", "pekerjaanluarnegeri", "job", "jobtitle", "position"],
  recruiterName: ["perusahaanp3mi", "p3mi", "perusahaan", "perusahaanperekrut", "pptkis", "pjtki", "namap3mi", "recruiter", "recruitingcompany", "agency"],
  departureDate: ["tanggalberangkat", "tglberangkat", "tanggalkeberangkatan", "tglkeberangkatan", "keberangkatan", "berangkat", "departuredate", "departure"],
};

/** Guesses the mapping from the first row's headers; the user can change every choice. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null])) as ColumnMapping;
  const keys = headers.map(headerKey);
  const taken = new Set<number>();
  const assign = (match: (key: string, synonym: string) => boolean) => {
    for (const field of IMPORT_FIELDS) {
      if (mapping[field] !== null) continue;
      for (const synonym of SYNONYMS[field]) {
        const column = keys.findIndex((key, i) => !taken.has(i) && key !== "" && match(key, synonym));
        if (column >= 0) {
          mapping[field] = column;
          taken.add(column);
          break;
        }
      }
    }
  };
  assign((key, synonym) => key === synonym);
  // Prefix guesses only for names long enough not to catch unrelated columns ("rt" would match "rtrw").
  assign((key, synonym) => synonym.length >= 3 && key.startsWith(synonym));
  return mapping;
}

export type MappingProblem = { field: ImportField; problem: "required" | "duplicateColumn" | "placementIncomplete" | "relationWithKk" };

/** A mapping the import can work with: required fields chosen, no column twice, a placement with country and job. */
export function checkMapping(mapping: ColumnMapping, columnCount: number): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const used = new Map<number, ImportField>();
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field];
    if (column === null) {
      if (REQUIRED_FIELDS.includes(field)) problems.push({ field, problem: "required" });
      continue;
    }
    if (column < 0 || column >= columnCount) problems.push({ field, problem: "required" });
    else if (used.has(column)) problems.push({ field, problem: "duplicateColumn" });
    else used.set(column, field);
  }
  // A KK number places the person in a household, which needs the relation to its head.
  if (mapping.kkNumber !== null && mapping.relationToHead === null) problems.push({ field: "relationToHead", problem: "relationWithKk" });
  const placementMapped = PLACEMENT_FIELDS.some((f) => mapping[f] !== null);
  if (placementMapped) {
    for (const field of ["countryCode", "jobCode"] as const) {
      if (mapping[field] === null) problems.push({ field, problem: "placementIncomplete" });
    }
  }
  return problems;
}

/** "A", "B", … "Z", "AA": the spreadsheet's name for a 0-based column. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let name = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}
