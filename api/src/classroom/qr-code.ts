import QRCode from 'qrcode';

/**
 * A QR code as an SVG document (scales cleanly on paper and screen). Medium error correction survives
 * a smudged print. The caller gives it a text alternative (the link it encodes).
 */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
