import QRCode from "qrcode";

// The QR code printed on a letter and shown on its staff page: the public check URL, error
// correction M (a crease or a stamp over a corner still scans), a quiet zone of 2 modules.
const OPTIONS = { errorCorrectionLevel: "M", margin: 2, scale: 8 } as const;

export function letterQrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { ...OPTIONS, type: "png" });
}

export function letterQrDataUrl(url: string): Promise<string> {
  return QRCode.toDataURL(url, { ...OPTIONS, type: "image/png" });
}
