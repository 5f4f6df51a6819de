import yazl from 'yazl';

// Fixed, so that exporting the same course version twice gives the same bytes.
const ZIP_DATE = new Date(Date.UTC(2020, 0, 1));

export interface ZipEntry {
  path: string;
  data: Buffer;
  compress: boolean;
}

/** The files as one zip, in order, with fixed dates. */
export async function zipBuffer(files: ZipEntry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const chunks: Buffer[] = [];
  const collected = (async () => {
    for await (const chunk of zip.outputStream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  })();
  for (const file of files) zip.addBuffer(file.data, file.path, { mtime: ZIP_DATE, compress: file.compress });
  zip.end();
  await collected;
  return Buffer.concat(chunks);
}
