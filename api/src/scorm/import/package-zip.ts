import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

/** Limits checked against the zip's central directory before a single byte is unpacked. */
export interface ZipLimits {
  maxEntries: number;
  maxUnpackedBytes: number;
  /** Largest uncompressed / compressed ratio, for an entry and for the whole package. */
  maxRatio: number;
}

/** A file in the package, by its normalised path (forward slashes, relative to the zip's root). */
export interface PackageEntry {
  path: string;
  size: number;
  entry: Entry;
}

export class PackageRefused extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join(' '));
    this.name = 'PackageRefused';
  }
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
// Small files compress far better than large ones (a run of spaces), so ratios count only past this size.
const RATIO_FLOOR_BYTES = 1024 * 1024;

function openZip(path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    // Names are checked here rather than by yauzl, to give trainers our own clear messages.
    yauzl.open(path, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true }, (error, zip) =>
      error ? reject(error) : resolve(zip),
    ),
  );
}

function entryName(entry: Entry): string {
  const raw = entry.fileName as unknown as Buffer;
  // Bit 11 marks UTF-8 names; old tools wrote CP437, which agrees with UTF-8 for the ASCII names packages use.
  return (entry.generalPurposeBitFlag & 0x800 ? raw.toString('utf8') : raw.toString('latin1')).replace(/\\/g, '/');
}

function nameProblem(name: string, entry: Entry): string | null {
  if (name.includes('\0')) return `The file name "${name.replace(/\0/g, '')}" contains a NUL character.`;
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name))
    return `The file "${name}" has an absolute path; packages may only hold relative paths.`;
  if (name.split('/').includes('..')) return `The file "${name}" points outside the package ("..").`;
  if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK)
    return `The file "${name}" is a symbolic link; links are not allowed in packages.`;
  if (entry.generalPurposeBitFlag & 0x1) return `The file "${name}" is encrypted; upload a package without a password.`;
  return null;
}

function readDirectory(zip: ZipFile, limits: ZipLimits): Promise<PackageEntry[]> {
  return new Promise((resolve, reject) => {
    const entries: PackageEntry[] = [];
    const seen = new Set<string>();
    const problems: string[] = [];
    let total = 0;
    let compressed = 0;
    zip.on('error', reject);
    zip.on('entry', (entry: Entry) => {
      const name = entryName(entry);
      const problem = nameProblem(name, entry);
      if (problem) problems.push(problem);
      else if (!name.endsWith('/')) {
        const key = name.toLowerCase();
        if (seen.has(key)) problems.push(`The file "${name}" appears twice in the package.`);
        seen.add(key);
        entries.push({ path: name.replace(/^\.\//, ''), size: entry.uncompressedSize, entry });
        total += entry.uncompressedSize;
        compressed += entry.compressedSize;
        if (entry.uncompressedSize > RATIO_FLOOR_BYTES && entry.uncompressedSize > limits.maxRatio * Math.max(1, entry.compressedSize))
          problems.push(`The file "${name}" expands more than ${limits.maxRatio} times when unpacked; this looks like a zip bomb.`);
      }
      if (entries.length > limits.maxEntries) return reject(new PackageRefused([`The package has more than ${limits.maxEntries} files.`]));
      if (total > limits.maxUnpackedBytes)
        return reject(new PackageRefused([`The package would unpack to more than ${formatBytes(limits.maxUnpackedBytes)}.`]));
      zip.readEntry();
    });
    zip.on('end', () => {
      if (total > RATIO_FLOOR_BYTES && total > limits.maxRatio * Math.max(1, compressed))
        problems.push(`The package expands more than ${limits.maxRatio} times when unpacked; this looks like a zip bomb.`);
      if (problems.length) reject(new PackageRefused([...new Set(problems)]));
      else resolve(entries);
    });
    zip.readEntry();
  });
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}

/** An opened package: its checked directory, and streams of its files. Close it when done. */
export class PackageZip {
  private constructor(
    private readonly zip: ZipFile,
    readonly entries: PackageEntry[],
  ) {}

  /** Opens the zip and checks every entry against the limits and path rules, before anything is unpacked. */
  static async open(path: string, limits: ZipLimits): Promise<PackageZip> {
    let zip: ZipFile;
    try {
      zip = await openZip(path);
    } catch {
      throw new PackageRefused(['The file is not a zip archive, or it is damaged.']);
    }
    try {
      return new PackageZip(zip, await readDirectory(zip, limits));
    } catch (error) {
      zip.close();
      if (error instanceof PackageRefused) throw error;
      throw new PackageRefused([`The zip archive is damaged: ${(error as Error).message}.`]);
    }
  }

  /** The file at `path`, matched without regard to letter case (packages made on Windows vary). */
  find(path: string): PackageEntry | undefined {
    const wanted = path.toLowerCase();
    return this.entries.find((e) => e.path === path) ?? this.entries.find((e) => e.path.toLowerCase() === wanted);
  }

  stream(file: PackageEntry): Promise<Readable> {
    return new Promise((resolve, reject) =>
      this.zip.openReadStream(file.entry, (error, stream) => {
        if (error) return reject(error);
        // A lying entry can still raise an error after its reader has given up on it (a size
        // limit hit first); that late error must not go unhandled and take the process down.
        stream.on('error', () => undefined);
        resolve(stream);
      }),
    );
  }

  /** A small file read whole (the manifest), refusing anything larger than `max`. */
  async readSmall(file: PackageEntry, max: number): Promise<Buffer> {
    if (file.size > max) throw new PackageRefused([`The file "${file.path}" is larger than ${formatBytes(max)}.`]);
    const chunks: Buffer[] = [];
    for await (const chunk of await this.stream(file)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  close(): void {
    this.zip.close();
  }
}
