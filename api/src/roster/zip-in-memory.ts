import yauzl, { type Entry, type ZipFile } from 'yauzl';

/** An entry of the zip's central directory, by its name (forward slashes) and its declared sizes. */
export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  encrypted: boolean;
  entry: Entry;
}

/** The bytes are not a zip yauzl can read, or an entry's data does not match its directory. */
export class ZipUnreadable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipUnreadable';
  }
}

// Bit 11 marks UTF-8 names; other names are CP437, which agrees with UTF-8 for the ASCII names Office files use.
function entryName(entry: Entry): string {
  const raw = entry.fileName as unknown as Buffer;
  return (entry.generalPurposeBitFlag & 0x800 ? raw.toString('utf8') : raw.toString('latin1')).replace(/\\/g, '/');
}

/**
 * An uploaded zip held in memory, read with yauzl from its central directory (at most `maxEntries`
 * entries of it: `truncated` says there were more). Nothing is inflated until asked for, and then
 * with yauzl's check that no entry inflates to more than its directory says.
 */
export class ZipInMemory {
  private constructor(
    private readonly zip: ZipFile,
    readonly entries: ZipEntry[],
    readonly truncated: boolean,
  ) {}

  static async open(bytes: Buffer, maxEntries: number): Promise<ZipInMemory> {
    try {
      // Names are read raw: a "../" name is harmless here (nothing is written to disk) and must not stop the reading.
      const zip = await yauzl.fromBufferPromise(bytes, { decodeStrings: false, validateEntrySizes: true });
      const entries: ZipEntry[] = [];
      for await (const entry of zip.eachEntry()) {
        if (entries.length === maxEntries) return new ZipInMemory(zip, entries, true);
        entries.push({
          name: entryName(entry),
          compressedSize: entry.compressedSize,
          uncompressedSize: entry.uncompressedSize,
          encrypted: (entry.generalPurposeBitFlag & 0x1) !== 0,
          entry,
        });
      }
      return new ZipInMemory(zip, entries, false);
    } catch (error) {
      throw new ZipUnreadable((error as Error).message);
    }
  }

  /** The entry named `name`, without regard to letter case (Office part names are case-insensitive). */
  find(name: string): ZipEntry | undefined {
    const wanted = name.toLowerCase();
    return this.entries.find((e) => e.name.toLowerCase() === wanted);
  }

  /** One entry's bytes, at most `max` of them (a `mimetype` file, read to know what kind of document this is). */
  async readStart(entry: ZipEntry, max: number): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      const stream = await this.zip.openReadStreamPromise(entry.entry);
      // Stopping early destroys the inflater; nothing it says after that matters.
      stream.on('error', () => undefined);
      for await (const chunk of stream) {
        chunks.push(chunk as Buffer);
        size += (chunk as Buffer).length;
        if (size >= max) break;
      }
    } catch (error) {
      throw new ZipUnreadable((error as Error).message);
    }
    return Buffer.concat(chunks).subarray(0, max);
  }

  /**
   * Inflates every entry and throws away what comes out: yauzl stops an entry that inflates past the size
   * its directory declares, so after this the declared sizes can be trusted by a library that cannot stop.
   */
  async checkDeclaredSizes(): Promise<void> {
    try {
      for (const { entry } of this.entries) for await (const chunk of await this.zip.openReadStreamPromise(entry)) void chunk;
    } catch (error) {
      throw new ZipUnreadable((error as Error).message);
    }
  }
}
