// Indonesian personal names for synthetic people. A short head of very common names of rural
// Banten and Java (the names a registry of a Serang village is full of), then the faker id_ID
// first and last names as the long tail, drawn with a Zipf-like weight so that a few names
// repeat thousands of times and most are rare, as in real registers. A share of names gets a
// spelling variant (Aminah / Aminnah / Amina, Muhammad / Mochamad, Yanti / Yanty, Djuariah /
// Juariah), and some are written in capitals, as spreadsheets often do: what fuzzy search
// (pg_trgm) has to cope with.

import { id_ID } from "@faker-js/faker";
import { shuffled, WeightedPicker, type Rng } from "./prng";

const COMMON_FEMALE = [
  "Siti", "Nur", "Sri", "Aminah", "Fatimah", "Romlah", "Rohmah", "Sumiati", "Suryani", "Khodijah",
  "Jumsiah", "Sarinah", "Masitoh", "Nurhayati", "Rukiah", "Sanah", "Halimah", "Maryam", "Aisyah",
  "Nurjanah", "Mulyati", "Rohaeti", "Yanti", "Eti", "Enah", "Iis", "Neneng", "Euis", "Ratna",
  "Yuyun", "Juariah", "Saodah", "Mariyah", "Hasanah", "Sa'adah", "Umayah", "Kartini", "Wati",
  "Sumarni", "Rusmini", "Salmah", "Nafisah", "Hayati", "Titin", "Iyah", "Jubaedah", "Marfuah",
];

const COMMON_MALE = [
  "Muhammad", "Ahmad", "Abdul", "Ade", "Agus", "Asep", "Dedi", "Jaenudin", "Hasanudin", "Sahroni",
  "Mulyadi", "Supriyadi", "Rohman", "Sarmadi", "Juhri", "Saefullah", "Sukardi", "Nasrudin",
  "Suhendi", "Encep", "Udin", "Jaja", "Ujang", "Mamat", "Rahmat", "Hidayat", "Ridwan", "Iwan",
  "Sanusi", "Arif", "Yusuf", "Solihin", "Kholid", "Maman", "Dadang", "Tatang", "Imam", "Samsudin",
];

/** Prefixes that often begin a two-part name. */
const FEMALE_PREFIX = ["Siti", "Nur", "Sri", "Dewi", "Nurul", "Ummi"];
const MALE_PREFIX = ["Muhammad", "Ahmad", "Abdul", "Moh.", "Andi", "Haji"];

type Lists = { female: string[]; male: string[]; femaleLast: string[]; maleLast: string[] };

function fakerLists(): Lists {
  const person = (id_ID as unknown as { person: { first_name: Record<string, string[]>; last_name: Record<string, string[]> } }).person;
  return {
    female: person.first_name.female ?? [],
    male: person.first_name.male ?? [],
    femaleLast: person.last_name.female ?? [],
    maleLast: person.last_name.male ?? [],
  };
}

/** Common names first (heavy), then the faker names in a seeded order: weight 1/(rank+k)^s. */
function zipf(head: readonly string[], tail: readonly string[], rng: Rng, s = 1.05, k = 2): WeightedPicker<string> {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const n of [...head, ...shuffled(tail, rng)]) {
    if (!seen.has(n)) {
      seen.add(n);
      items.push(n);
    }
  }
  return new WeightedPicker(
    items,
    items.map((_, rank) => 1 / Math.pow(rank + k, s)),
  );
}

export type NamePickers = {
  female: WeightedPicker<string>;
  male: WeightedPicker<string>;
  femaleLast: WeightedPicker<string>;
  maleLast: WeightedPicker<string>;
};

export function namePickers(rng: Rng): NamePickers {
  const l = fakerLists();
  return {
    female: zipf(COMMON_FEMALE, l.female, rng),
    male: zipf(COMMON_MALE, l.male, rng),
    femaleLast: zipf([], [...l.femaleLast, ...COMMON_FEMALE.slice(3)], rng, 0.9, 4),
    maleLast: zipf([], [...l.maleLast, ...COMMON_MALE.slice(5)], rng, 0.9, 4),
  };
}

/** A full name: one to three words, with a share of spelling variants and capitals. */
export function personName(rng: Rng, p: NamePickers, sex: "MALE" | "FEMALE"): string {
  const female = sex === "FEMALE";
  const first = female ? p.female : p.male;
  const last = female ? p.femaleLast : p.maleLast;
  const prefixes = female ? FEMALE_PREFIX : MALE_PREFIX;
  // A given name that is not itself a usual prefix ("Siti" or "Muhammad" alone are rare).
  const given = () => {
    const n = first.pick(rng);
    return prefixes.includes(n) ? first.pick(rng) : n;
  };
  const r = rng.float();
  let name: string;
  if (r < 0.28) name = given();
  else if (r < 0.52) name = `${rng.pick(prefixes)} ${given()}`;
  else if (r < 0.82) name = `${given()} ${last.pick(rng)}`;
  else if (r < 0.94) name = `${given()} ${given()}`;
  else name = `${rng.pick(prefixes)} ${given()} ${last.pick(rng)}`;
  if (name.split(" ")[0] === name.split(" ")[1]) name = name.split(" ")[0]!;
  if (rng.chance(0.12)) name = spellingVariant(name, rng);
  if (rng.chance(0.06)) name = name.toUpperCase();
  return name;
}

// Old spelling (ejaan lama), doubled or dropped letters, y/i at the end, h at the end.
const VARIANTS: readonly [RegExp, string][] = [
  [/^Muhammad\b/, "Muhamad"],
  [/^Muhammad\b/, "Mochammad"],
  [/^Muhammad\b/, "Mohamad"],
  [/^Ahmad\b/, "Achmad"],
  [/^Abdul\b/, "Abdoel"],
  [/u/, "oe"],
  [/j/, "dj"],
  [/J/, "Dj"],
  [/c/, "tj"],
  [/y\b/, "i"],
  [/i\b/, "y"],
  [/ah\b/, "a"],
  [/a\b/, "ah"],
  [/Kh/, "H"],
  [/m/, "mm"],
  [/n/, "nn"],
  [/ll/, "l"],
  [/Nur\b/, "Nurul"],
  [/Siti\b/, "Sity"],
];

export function spellingVariant(name: string, rng: Rng): string {
  const start = rng.int(0, VARIANTS.length - 1);
  for (let i = 0; i < VARIANTS.length; i++) {
    const [pattern, replacement] = VARIANTS[(start + i) % VARIANTS.length]!;
    if (pattern.test(name)) return name.replace(pattern, replacement);
  }
  return name;
}

/** Syllables of Sundanese and Javanese place names (Sukamaju, Cibeber, Karangsari…). */
const PLACE_START = ["Suka", "Ci", "Karang", "Sindang", "Muara", "Tanjung", "Pasir", "Kadu", "Bojong", "Mekar", "Jaya", "Sumber", "Kebon", "Tegal", "Pabuaran", "Gunung", "Rawa", "Cening", "Margasari", "Teluk"];
const PLACE_END = ["jaya", "maju", "mulya", "sari", "asih", "makmur", "rahayu", "wangi", "manah", "laksana", "galih", "beber", "bodas", "kembang", "anyar", "indah", "agung", "baru", "ilir", "udik"];

export function placeName(rng: Rng): string {
  const start = rng.pick(PLACE_START);
  const end = rng.pick(PLACE_END);
  // Multi-syllable starts read as two words ("Pasir Jaya"), Suka/Ci join ("Sukajaya").
  return start.length <= 4 ? `${start}${end}` : `${start} ${end[0]!.toUpperCase()}${end.slice(1)}`;
}
