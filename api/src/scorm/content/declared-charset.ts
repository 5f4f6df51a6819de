import sniffHtmlEncoding from 'html-encoding-sniffer';
import mime from 'mime-types';

/** How much of an HTML file the browser's prescan reads for a `<meta charset>` (HTML Standard, 13.2.3.2). */
export const PRESCAN_BYTES = 1024;

const HTML = /\.(html?|xhtml)$/i;

/** Whether the file is HTML, whose declared charset is found by reading its first bytes. */
export function isHtmlFile(path: string): boolean {
  return HTML.test(path);
}

/**
 * The charset an HTML file declares for itself (a byte order mark, `<meta charset>` or
 * `<meta http-equiv="content-type">`), found by the HTML Standard's prescan, or null when it
 * declares none. Nothing is guessed: a page that says nothing is left to the browser, as on any web server.
 */
export function declaredHtmlCharset(head: Uint8Array): string | null {
  // The empty default tells "declared nothing" apart from a declared windows-1252.
  const found = sniffHtmlEncoding(head, { defaultEncoding: '' });
  return found || null;
}

/**
 * The content type of a package file. mime-types adds `charset=utf-8` to every text type, which
 * breaks legacy pages (and the scripts and styles they load) written in another encoding, so only
 * what the file itself declares is sent.
 */
export function contentTypeOf(path: string, htmlCharset: string | null): string {
  const type = mime.lookup(path.split('/').pop() ?? '') || 'application/octet-stream';
  return htmlCharset ? `${type}; charset=${htmlCharset}` : type;
}
