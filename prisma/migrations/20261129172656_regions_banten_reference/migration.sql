-- Reference regions the project itself needs (Kepmendagri No 300.2.2-2138 Tahun 2025):
-- the province of Banten, Kabupaten Serang, the demo village's kecamatan Tirtayasa
-- (36.04.13) and its neighbours Pontang (36.04.12) and Tanara (36.04.14), each with all of
-- its desa. Typed in here so that a fresh clone needs no external file; the full list of
-- regions is loaded with `npm run regions:import -- <file.csv>`.
-- Parents come before children (Region.parentCode references Region.code). Existing rows
-- are left alone, so this is safe on a database that already has the full import.

INSERT INTO "Region" ("code", "name", "level", "parentCode", "updatedAt") VALUES
  ('36', 'Banten', 1, NULL, CURRENT_TIMESTAMP),
  ('36.04', 'Kabupaten Serang', 2, '36', CURRENT_TIMESTAMP),
  ('36.04.12', 'Pontang', 3, '36.04', CURRENT_TIMESTAMP),
  ('36.04.12.2001', 'Pontang', 4, '36.04.12', CURRENT_TIMESTAMP),
  ('36.04.12.2002', 'Sukanegara', 4, '36.04.12', CURRENT_TIMESTAMP),
  ('36.04.12.2003', 'Linduk', 4, '36.04.12', CURRENT_TIMESTAMP),
  ('36.04.12.2004', 'Pulokencana', 4, '36.04.12', CURRENT_TIMESTAMP),
  ('36.04.12.2006', 'Kelapian', 4, '36.04.12', CURRENT_TIMESTAMP),
  ('36.04.12.2008', 'Kubang Puji', 4, '36.04.12', CURRENT_TIMESTAMP),
  ('36.04.12.2009', 'Domas', 4, '36.04.12', CURRENT_TIMESTAMP),
  ('36.04.12.2010', 'Singarajan', 4, '36.04.12', CURRENT_TIMESTAMP),
  ('36.04.12.2011', 'Kaserangan', 4, '36.04.12', CURRENT_TIMESTAMP),
  ('36.04.12.2012', 'Wanayasa', 4, '36.04.12', CURRENT_TIMESTAMP),
  ('36.04.12.2013', 'Sukajaya', 4, '36.04.12', CURRENT_TIMESTAMP),
  ('36.04.13', 'Tirtayasa', 3, '36.04', CURRENT_TIMESTAMP),
  ('36.04.13.2001', 'Tirtayasa', 4, '36.04.13', CURRENT_TIMESTAMP),
  ('36.04.13.2002', 'Samparwadi', 4, '36.04.13', CURRENT_TIMESTAMP),
  ('36.04.13.2003', 'Kemanisan', 4, '36.04.13', CURRENT_TIMESTAMP),
  ('36.04.13.2004', 'Pontang Legon', 4, '36.04.13', CURRENT_TIMESTAMP),
  ('36.04.13.2005', 'Kebon', 4, '36.04.13', CURRENT_TIMESTAMP),
  ('36.04.13.2006', 'Sujung', 4, '36.04.13', CURRENT_TIMESTAMP),
  ('36.04.13.2007', 'Lontar', 4, '36.04.13', CURRENT_TIMESTAMP),
  ('36.04.13.2008', 'Susukan', 4, '36.04.13', CURRENT_TIMESTAMP),
  ('36.04.13.2009', 'Wargasara', 4, '36.04.13', CURRENT_TIMESTAMP),
  ('36.04.13.2010', 'Laban', 4, '36.04.13', CURRENT_TIMESTAMP),
  ('36.04.13.2011', 'Tengkurak', 4, '36.04.13', CURRENT_TIMESTAMP),
  ('36.04.13.2012', 'Alang-alang', 4, '36.04.13', CURRENT_TIMESTAMP),
  ('36.04.13.2013', 'Kebuyutan', 4, '36.04.13', CURRENT_TIMESTAMP),
  ('36.04.13.2014', 'Puser', 4, '36.04.13', CURRENT_TIMESTAMP),
  ('36.04.14', 'Tanara', 3, '36.04', CURRENT_TIMESTAMP),
  ('36.04.14.2001', 'Tanara', 4, '36.04.14', CURRENT_TIMESTAMP),
  ('36.04.14.2002', 'Cerukcuk', 4, '36.04.14', CURRENT_TIMESTAMP),
  ('36.04.14.2003', 'Tenjoayu', 4, '36.04.14', CURRENT_TIMESTAMP),
  ('36.04.14.2004', 'Sukamanah', 4, '36.04.14', CURRENT_TIMESTAMP),
  ('36.04.14.2005', 'Lempuyang', 4, '36.04.14', CURRENT_TIMESTAMP),
  ('36.04.14.2006', 'Siremen', 4, '36.04.14', CURRENT_TIMESTAMP),
  ('36.04.14.2007', 'Bendung', 4, '36.04.14', CURRENT_TIMESTAMP),
  ('36.04.14.2008', 'Pedaleman', 4, '36.04.14', CURRENT_TIMESTAMP),
  ('36.04.14.2009', 'Cibodas', 4, '36.04.14', CURRENT_TIMESTAMP)
ON CONFLICT ("code") DO NOTHING;
