// The parts of archiver 5 and unzipper 0.10 this library and its tests use (neither ships types,
// and @types/archiver / @types/unzipper are not installed).
declare module 'archiver' {
  import type { Transform } from 'node:stream';

  interface EntryData {
    name: string;
    date?: Date;
  }
  interface Archiver extends Transform {
    append(source: Buffer | string | NodeJS.ReadableStream, data: EntryData): this;
    finalize(): Promise<void>;
    /** Bytes written so far. */
    pointer(): number;
  }
  function archiver(format: 'zip', options?: { zlib?: { level?: number }; forceLocalTime?: boolean }): Archiver;
  namespace archiver {
    export type { Archiver, EntryData };
  }
  export = archiver;
}

declare module 'unzipper' {
  interface File {
    path: string;
    type: 'File' | 'Directory';
    buffer(): Promise<Buffer>;
  }
  interface CentralDirectory {
    files: File[];
  }
  export const Open: { buffer(data: Buffer): Promise<CentralDirectory> };
}
