import { PageSizes, PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";

// The monthly scorecard report as a PDF: a title, a table on A4 landscape pages (the header
// row repeated on each), and notes at the end. pdf-lib with its built-in Helvetica
// (docs/decisions/025): no font files, no browser. Helvetica covers WinAnsi only, so a
// character outside it (a rare letter in a name) is written without its accent, or as "?".

export type ReportTable = {
  title: string;
  subtitle: string;
  header: string[];
  /** Relative column widths, one per header cell. */
  widths: number[];
  rows: string[][];
  notes: string[];
};

const [PAGE_H, PAGE_W] = PageSizes.A4; // landscape: A4 turned
const MARGIN = 36;
const SIZE = 8;
const HEAD_SIZE = 7;
const LINE = 10;
const PAD = 3;

// WinAnsi (Windows-1252) beyond Latin-1: dashes, quotes, the ellipsis, the euro sign…
const WIN_ANSI_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
const OUTSIDE = `[^\\x20-\\x7e\\u00a0-\\u00ff${WIN_ANSI_EXTRA}]`;
const NOT_WIN_ANSI = new RegExp(OUTSIDE, "g");
const HAS_OUTSIDE = new RegExp(OUTSIDE);

/** Text Helvetica can write: a letter outside WinAnsi loses its accent, anything else is "?". */
export function toWinAnsi(text: string): string {
  return text.replace(NOT_WIN_ANSI, (c) => {
    const bare = c.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    return bare !== c && bare !== "" && !HAS_OUTSIDE.test(bare) ? bare : "?";
  });
}

/** Splits text into lines no wider than `width`, breaking at spaces (a long word is cut). */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of toWinAnsi(text).split("\n")) {
    let line = "";
    for (const word of paragraph.split(" ")) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      let rest = word;
      while (font.widthOfTextAtSize(rest, size) > width && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

export async function buildReportPdf(report: ReportTable): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(toWinAnsi(`${report.title} - ${report.subtitle}`));
  doc.setCreator("Lontar");
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const usable = PAGE_W - 2 * MARGIN;
  const total = report.widths.reduce((s, w) => s + w, 0);
  const widths = report.widths.map((w) => (w / total) * usable);
  const grey = rgb(0.75, 0.75, 0.75);

  let page: PDFPage = doc.addPage([PAGE_W, PAGE_H]);
  let y = PAGE_H - MARGIN;

  const drawRow = (cells: string[], f: PDFFont, shade: boolean) => {
    const size = shade ? HEAD_SIZE : SIZE;
    const wrapped = cells.map((c, i) => wrap(c, f, size, widths[i]! - 2 * PAD));
    const height = Math.max(...wrapped.map((l) => l.length)) * LINE + 2 * PAD;
    if (y - height < MARGIN) return false;
    if (shade) page.drawRectangle({ x: MARGIN, y: y - height, width: usable, height, color: rgb(0.93, 0.95, 0.94) });
    let x = MARGIN;
    wrapped.forEach((lines, i) => {
      lines.forEach((line, k) => page.drawText(line, { x: x + PAD, y: y - PAD - (k + 1) * LINE + 2, size, font: f }));
      x += widths[i]!;
    });
    page.drawLine({ start: { x: MARGIN, y: y - height }, end: { x: MARGIN + usable, y: y - height }, thickness: 0.5, color: grey });
    y -= height;
    return true;
  };
  const newPage = () => {
    page = doc.addPage([PAGE_W, PAGE_H]);
    y = PAGE_H - MARGIN;
    drawRow(report.header, bold, true);
  };

  for (const line of wrap(report.title, bold, 14, usable)) {
    page.drawText(line, { x: MARGIN, y: y - 14, size: 14, font: bold });
    y -= 18;
  }
  for (const line of wrap(report.subtitle, font, 10, usable)) {
    page.drawText(line, { x: MARGIN, y: y - 10, size: 10, font });
    y -= 14;
  }
  y -= 6;
  drawRow(report.header, bold, true);
  for (const row of report.rows) {
    if (!drawRow(row, font, false)) {
      newPage();
      drawRow(row, font, false);
    }
  }
  y -= 8;
  for (const note of report.notes) {
    for (const line of wrap(note, font, SIZE, usable)) {
      if (y - LINE < MARGIN) {
        page = doc.addPage([PAGE_W, PAGE_H]);
        y = PAGE_H - MARGIN;
      }
      page.drawText(line, { x: MARGIN, y: y - LINE, size: SIZE, font });
      y -= LINE;
    }
  }
  return doc.save();
}
