// Words a region and its parents for a sentence: "Desa Lontar, Kecamatan Tirtayasa,
// Kabupaten Serang, Banten". The Region table holds bare names for desa and kecamatan
// ("Lontar", "Tirtayasa") and full ones for kabupaten/kota ("Kabupaten Serang").

export type RegionPlace = { code: string; name: string; level: number };

/** Labels from the catalog, each with a {name} placeholder already filled by the caller. */
export type RegionWords = {
  desa: (name: string) => string;
  kelurahan: (name: string) => string;
  kecamatan: (name: string) => string;
  province: (name: string) => string;
};

// Kemendagri codes: the fourth part starts with 1 for a kelurahan and 2 for a desa.
function isKelurahan(code: string): boolean {
  return code.split(".")[3]?.startsWith("1") ?? false;
}

export function formatRegionPath(path: RegionPlace[], words: RegionWords): string {
  return path
    .map((place) => {
      switch (place.level) {
        case 4:
          return isKelurahan(place.code) ? words.kelurahan(place.name) : words.desa(place.name);
        case 3:
          return words.kecamatan(place.name);
        case 1:
          return words.province(place.name);
        default:
          return place.name;
      }
    })
    .join(", ");
}
