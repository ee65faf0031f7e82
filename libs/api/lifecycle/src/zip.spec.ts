import { unzip, zip } from './zip';

describe('zip', () => {
  it('reads back what it wrote, with UTF-8 names and empty files', () => {
    const entries = [
      { name: 'manifest.json', data: Buffer.from('{"a":1}') },
      { name: 'tables/项目.json', data: Buffer.from('[]') },
      { name: 'files/empty', data: Buffer.alloc(0) },
      { name: 'big.bin', data: Buffer.alloc(100_000, 7) },
    ];
    const archive = zip(entries);
    expect(archive.subarray(0, 4).toString('hex')).toBe('504b0304');
    const back = unzip(archive);
    expect([...back.keys()]).toEqual(entries.map((e) => e.name));
    for (const e of entries) expect(back.get(e.name)!.equals(e.data)).toBe(true);
  });

  it('counts its entries in the end-of-central-directory record', () => {
    // A structural check without a dependency: the end-of-central-directory record counts the entries.
    const archive = zip([{ name: 'a.txt', data: Buffer.from('hello') }]);
    expect(archive.readUInt16LE(archive.length - 22 + 10)).toBe(1);
  });
});
