// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- archiver ships no types (see vendor.d.ts)
/// <reference path="./vendor.d.ts" />
import archiver from 'archiver';

/** Entries get this time (archiver writes 1980-01-01 00:00 for any date before 1980): reproducible archives. */
const EPOCH = new Date(0);

/**
 * A ZIP archive (deflate, written by `archiver`) streamed into `sink` as entries are added: only
 * the entry being compressed is in memory, never the whole archive. `add` resolves when the entry
 * has been written, so a caller adding entries one after another holds one at a time.
 */
export class ZipWriter {
  private readonly archive = archiver('zip', { zlib: { level: 6 } });
  private readonly failed: Promise<never>;
  private readonly written: Promise<void>;

  /** `sink` consumes the archive's bytes (e.g. the file storage's `putStream`) and resolves once they are stored. */
  constructor(sink: (archive: NodeJS.ReadableStream) => Promise<void>) {
    this.failed = new Promise<never>((_, reject) => {
      this.archive.on('error', reject);
      this.archive.on('warning', reject);
    });
    this.failed.catch(() => undefined); // observed through add/finish
    this.written = sink(this.archive);
    this.written.catch(() => undefined);
  }

  /** Adds one entry and waits until it is in the archive (its source fully read and compressed). */
  async add(name: string, source: Buffer | NodeJS.ReadableStream): Promise<void> {
    const done = new Promise<void>((resolve) => this.archive.once('entry', () => resolve()));
    this.archive.append(source, { name, date: EPOCH });
    await Promise.race([done, this.failed, this.written.then(() => Promise.reject(new Error('archive ended early')))]);
  }

  /** Writes the central directory and waits for the sink; the archive's size in bytes. */
  async finish(): Promise<number> {
    await Promise.race([this.archive.finalize(), this.failed]);
    await this.written;
    return this.archive.pointer();
  }

  /** Stops after a failure: the sink sees the error (so it keeps nothing), and so does the caller. */
  async abort(error: Error): Promise<void> {
    this.archive.destroy(error);
    await this.written.catch(() => undefined);
  }
}
