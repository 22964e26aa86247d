import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import type { Consenter, DepartureCheckStatus } from "../checklist/rules";
import { letterQrPng } from "./letter-qr";
import { longDate, longWibDate, wrapWords } from "./letter-text";

// The village letter as an A4 PDF (docs/decisions/024: pdf-lib, its standard Helvetica, no
// font files to ship). Always in Indonesian: it is the village government's document.

export type LetterDocument = {
  number: string;
  shortCode: string;
  publicUrl: string;
  issuedAt: Date;
  revokedAt: Date | null;
  /** The village's letterhead lines; empty: made from the region names. */
  letterhead: string[];
  headName: string | null;
  place: { village: string; district: string | null; regency: string | null; province: string | null };
  worker: { name: string; nik: string; sex: "MALE" | "FEMALE"; birthPlace: string; birthDate: Date; address: string | null };
  destination: { country: string; job: string; recruiter: string | null };
  consenter: Consenter | null;
  checks: { label: string; status: DepartureCheckStatus; checkedAt: Date | null }[];
};

/** The catalog's verification.letterPdf texts, Indonesian (see the PDF route). */
export type LetterTranslate = (key: string, values?: Record<string, string>) => string;

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const WIDTH = A4[0] - 2 * MARGIN;
const BODY = 10.5;
const LEADING = 14;
const BLACK = rgb(0, 0, 0);
const RED = rgb(0.7, 0, 0);

type Style = { font?: PDFFont; size?: number; indent?: number; align?: "left" | "center"; color?: typeof BLACK };

class Writer {
  page: PDFPage;
  y: number;
  private readonly charset: Set<number>;
  constructor(
    private readonly doc: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
  ) {
    this.page = doc.addPage(A4);
    this.y = A4[1] - MARGIN;
    this.charset = new Set(regular.getCharacterSet());
  }

  /** What Helvetica (WinAnsi) cannot draw: "ā" becomes "a" (accent dropped), anything else "?". */
  safe(text: string): string {
    const drawable = (ch: string) => this.charset.has(ch.codePointAt(0)!);
    return Array.from(text.normalize("NFC"))
      .map((ch) => {
        if (drawable(ch)) return ch;
        const base = ch.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
        return base && Array.from(base).every(drawable) ? base : "?";
      })
      .join("");
  }

  room(height: number) {
    if (this.y - height < MARGIN) {
      this.page = this.doc.addPage(A4);
      this.y = A4[1] - MARGIN;
    }
  }

  gap(points: number) {
    this.y -= points;
  }

  text(text: string, style: Style = {}) {
    const font = style.font ?? this.regular;
    const size = style.size ?? BODY;
    const indent = style.indent ?? 0;
    for (const line of wrapWords(this.safe(text), WIDTH - indent, (s) => font.widthOfTextAtSize(s, size))) {
      this.room(LEADING);
      this.y -= size + (LEADING - size) / 2;
      const x = style.align === "center" ? MARGIN + (WIDTH - font.widthOfTextAtSize(line, size)) / 2 : MARGIN + indent;
      this.page.drawText(line, { x, y: this.y, size, font, color: style.color ?? BLACK });
      this.y -= (LEADING - size) / 2;
    }
  }

  /** "Nama      : Siti Aminah", the value wrapped beside its label. */
  field(label: string, value: string, labelWidth = 150, indent = 20) {
    const valueX = indent + labelWidth + 12;
    const lines = wrapWords(this.safe(value || "-"), WIDTH - valueX, (s) => this.regular.widthOfTextAtSize(s, BODY));
    lines.forEach((line, i) => {
      this.room(LEADING);
      this.y -= LEADING;
      if (i === 0) {
        this.page.drawText(this.safe(label), { x: MARGIN + indent, y: this.y + 3, size: BODY, font: this.regular });
        this.page.drawText(":", { x: MARGIN + indent + labelWidth, y: this.y + 3, size: BODY, font: this.regular });
      }
      this.page.drawText(line, { x: MARGIN + valueX, y: this.y + 3, size: BODY, font: this.regular });
    });
  }

  rule(thickness: number) {
    this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: MARGIN + WIDTH, y: this.y }, thickness, color: BLACK });
  }
}

function letterheadLines(doc: LetterDocument, t: LetterTranslate): string[] {
  if (doc.letterhead.length > 0) return doc.letterhead;
  return [
    doc.place.regency ? t("letterheadGovernment", { name: doc.place.regency.toUpperCase() }) : null,
    doc.place.district ? t("letterheadDistrict", { name: doc.place.district.toUpperCase() }) : null,
    t("letterheadVillage", { name: doc.place.village.toUpperCase() }),
  ].filter((l): l is string => !!l);
}

function checkOutcome(check: LetterDocument["checks"][number], t: LetterTranslate): string {
  const date = check.checkedAt ? longWibDate(check.checkedAt) : "";
  switch (check.status) {
    case "DONE":
      return t("checkDone", { date });
    case "NOT_APPLICABLE":
      return t("checkNotApplicable", { date });
    case "FAILED":
      return t("checkFailed", { date });
    default:
      return t("checkPending");
  }
}

export async function renderLetterPdf(doc: LetterDocument, t: LetterTranslate): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${t("title")} ${doc.number}`);
  pdf.setSubject(doc.number);
  pdf.setCreator("Lontar");
  pdf.setProducer("Lontar");
  pdf.setCreationDate(doc.issuedAt);
  const w = new Writer(pdf, await pdf.embedFont(StandardFonts.Helvetica), await pdf.embedFont(StandardFonts.HelveticaBold));

  const head = letterheadLines(doc, t);
  head.forEach((line, i) => w.text(line, { font: w.bold, size: i === head.length - 1 ? 14 : 12, align: "center" }));
  w.gap(6);
  w.rule(2);
  w.gap(2);
  w.rule(0.5);
  w.gap(14);

  if (doc.revokedAt) {
    w.text(t("revoked", { date: longWibDate(doc.revokedAt) }), { font: w.bold, size: 12, align: "center", color: RED });
    w.gap(6);
  }
  w.text(t("title"), { font: w.bold, size: 13, align: "center" });
  w.text(t("numberLine", { number: doc.number }), { align: "center" });
  w.gap(12);

  const where = [doc.place.district ? t("district", { name: doc.place.district }) : null, doc.place.regency].filter(Boolean).join(", ");
  w.text(t("opening", { village: doc.place.village, where: where ? `, ${where}` : "" }));
  w.gap(4);
  w.field(t("fields.name"), doc.worker.name);
  w.field(t("fields.nik"), doc.worker.nik);
  w.field(t("fields.birth"), `${doc.worker.birthPlace}, ${longDate(doc.worker.birthDate)}`);
  w.field(t("fields.sex"), t(`sex.${doc.worker.sex}`));
  w.field(t("fields.address"), [doc.worker.address, t("villageWord", { name: doc.place.village }), where].filter(Boolean).join(", "));
  w.field(t("fields.country"), doc.destination.country);
  w.field(t("fields.job"), doc.destination.job);
  w.field(t("fields.recruiter"), doc.destination.recruiter ?? "-");
  w.gap(8);

  w.text(t("consentIntro"));
  w.field(t("fields.consenterName"), doc.consenter?.name ?? t("notRecorded"));
  w.field(t("fields.consenterRelation"), doc.consenter ? t(`relation.${doc.consenter.relation}`) : t("notRecorded"));
  w.text(t("consentSigned"));
  w.gap(8);

  w.text(t("checksIntro"));
  doc.checks.forEach((check, i) => w.text(`${i + 1}. ${check.label}: ${checkOutcome(check, t)}`, { indent: 20 }));
  w.gap(8);
  w.text(t("closing"));
  w.gap(10);

  // Signature block on the right; the check code and QR on the left, beside it.
  w.room(165);
  const top = w.y;
  const signX = MARGIN + WIDTH / 2 + 20;
  const line = (text: string, y: number, font = w.regular) => w.page.drawText(w.safe(text), { x: signX, y, size: BODY, font });
  line(t("placeDate", { place: doc.place.village, date: longWibDate(doc.issuedAt) }), top - 12);
  line(t("signer", { village: doc.place.village }), top - 27);
  const name = doc.headName ?? t("noSigner");
  line(name, top - 92, w.bold);
  const nameWidth = w.bold.widthOfTextAtSize(w.safe(name), BODY);
  w.page.drawLine({ start: { x: signX, y: top - 94 }, end: { x: signX + nameWidth, y: top - 94 }, thickness: 0.7 });

  const qr = await pdf.embedPng(await letterQrPng(doc.publicUrl));
  const qrSize = 88;
  w.page.drawImage(qr, { x: MARGIN, y: top - qrSize - 4, width: qrSize, height: qrSize });
  const small = 8.5;
  const noteX = MARGIN;
  const noteLines = [
    { text: t("verifyTitle"), font: w.bold },
    { text: t("verifyBody"), font: w.regular },
    { text: doc.publicUrl, font: w.regular },
    { text: t("verifyCode", { code: doc.shortCode }), font: w.bold },
  ];
  let noteY = top - qrSize - 16;
  for (const n of noteLines) {
    for (const part of wrapWords(w.safe(n.text), WIDTH / 2 - 10, (s) => n.font.widthOfTextAtSize(s, small))) {
      w.page.drawText(part, { x: noteX, y: noteY, size: small, font: n.font });
      noteY -= 11;
    }
  }
  w.y = top - 165;
  return pdf.save();
}
