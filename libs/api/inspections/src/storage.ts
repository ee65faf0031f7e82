import { createWriteStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { dirname, join, resolve, sep } from 'node:path';

/**
 * Where uploaded files' bytes live. Keys are opaque paths chosen by the API
 * (`<tenantId>/<fileId>`); an S3-compatible implementation maps them to object keys.
 */
export interface FileStorage {
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /**
   * Stores what `body` streams (a large file, e.g. a company export archive) without holding it
   * in memory. The key holds the file only once the stream ended without an error.
   */
  putStream(key: string, body: NodeJS.ReadableStream, contentType: string): Promise<void>;
  /** The bytes, or null when there is no such key. */
  get(key: string): Promise<Buffer | null>;
  /** The bytes as a stream with their length (a large file, e.g. an export archive, sent without holding it in memory), or null when there is no such key. */
  getStream(key: string): Promise<{ body: NodeJS.ReadableStream; bytes: number } | null>;
  delete(key: string): Promise<void>;
}

const KEY = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/;

/** Files on the local disk under one directory (default ./data/uploads). */
export class LocalDiskStorage implements FileStorage {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private path(key: string): string {
    if (!KEY.test(key)) throw new Error(`invalid storage key ${key}`);
    const p = resolve(join(this.root, key));
    if (!p.startsWith(this.root + sep)) throw new Error(`invalid storage key ${key}`);
    return p;
  }

  async put(key: string, body: Buffer): Promise<void> {
    const p = this.path(key);
    await mkdir(dirname(p), { recursive: true });
    // Write to a temporary name and rename? A key is written once (ids are fresh), so a plain write is enough.
    await writeFile(p, body, { mode: 0o600 });
  }

  async putStream(key: string, body: NodeJS.ReadableStream): Promise<void> {
    const p = this.path(key);
    await mkdir(dirname(p), { recursive: true });
    // Streamed under a temporary name and renamed at the end: a failed write leaves nothing at the key.
    const partial = `${p}.partial`;
    try {
      await pipeline(body, createWriteStream(partial, { mode: 0o600 }));
      await rename(partial, p);
    } catch (e) {
      await rm(partial, { force: true });
      throw e;
    }
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.path(key));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  async getStream(key: string): Promise<{ body: NodeJS.ReadableStream; bytes: number } | null> {
    // Opened first: a missing key is null here, not an error later in the stream.
    let handle;
    try {
      handle = await open(this.path(key), 'r');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    try {
      const { size } = await handle.stat();
      return { body: handle.createReadStream(), bytes: size };
    } catch (e) {
      await handle.close();
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }
}
