import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Open } from 'unzipper';
import { ZipWriter } from './archive';

/** A sink collecting the archive's bytes (the file storage's `putStream` in production). */
function memorySink(): { sink: (s: NodeJS.ReadableStream) => Promise<void>; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  return {
    sink: (s) =>
      pipeline(
        s,
        new Writable({
          write(chunk: Buffer, _enc, done) {
            chunks.push(chunk);
            done();
          },
        }),
      ),
    bytes: () => Buffer.concat(chunks),
  };
}

async function entries(archive: Buffer): Promise<Map<string, Buffer>> {
  const dir = await Open.buffer(archive);
  const out = new Map<string, Buffer>();
  for (const file of dir.files) out.set(file.path, await file.buffer());
  return out;
}

describe('ZipWriter', () => {
  it('streams buffers and streams into a ZIP that unzipper reads back, with UTF-8 names and empty files', async () => {
    const { sink, bytes } = memorySink();
    const writer = new ZipWriter(sink);
    await writer.add('tables/项目.json', Readable.from(['[', '{"a":1}', ',{"a":2}', ']']));
    await writer.add('files/empty', Buffer.alloc(0));
    await writer.add('big.bin', Buffer.alloc(100_000, 7));
    await writer.add('manifest.json', Buffer.from('{"a":1}'));
    const size = await writer.finish();
    const archive = bytes();
    expect(size).toBe(archive.length);
    expect(archive.subarray(0, 4).toString('hex')).toBe('504b0304');
    expect(archive.length).toBeLessThan(10_000); // deflated
    const back = await entries(archive);
    expect([...back.keys()]).toEqual(['tables/项目.json', 'files/empty', 'big.bin', 'manifest.json']);
    expect(back.get('tables/项目.json')!.toString()).toBe('[{"a":1},{"a":2}]');
    expect(back.get('files/empty')!.length).toBe(0);
    expect(back.get('big.bin')!.equals(Buffer.alloc(100_000, 7))).toBe(true);
  });

  it('fails when an entry’s source fails, and the sink sees the failure', async () => {
    let sinkError: unknown = null;
    const writer = new ZipWriter((s) =>
      memorySink()
        .sink(s)
        .catch((e) => {
          sinkError = e;
          throw e;
        }),
    );
    const failing = Readable.from(
      (async function* () {
        yield '[';
        throw new Error('read failed');
      })(),
    );
    const error = await writer.add('tables/x.json', failing).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    await writer.abort(error as Error);
    expect(sinkError).toBeInstanceOf(Error);
  });
});
