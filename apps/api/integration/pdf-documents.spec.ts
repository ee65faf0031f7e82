import { randomUUID } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { TestApp, codes } from '@pinzhi/api-testing';

/**
 * PDF documents (issue 22): the inspection report of an inspection with 3 photos and a signature
 * is text-extractable in Chinese (the project's name, an item's wording) with the photos and the
 * signature embedded as images; the 整改通知单 of its rectification, before and after it is closed;
 * both downloads have the screens' tenant scope and permissions.
 */
const ROOT = join(__dirname, '../..');
let t: TestApp;
let quality: string;
let inspector: string;
let otherAdmin: string;
let admin: string;
const ids: Record<string, string> = {};
let project: { id: string; code: string; name: string };
let item: { key: string; text: string; deduction: { key: string; labelZh: string } };
let otherItems: string[];
/** A week from now at 09:30 in Shanghai (the demo projects' zone): tests never depend on today's date. */
const deadline = new Date(`${new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)}T01:30:00Z`);

/** A real (decodable) RGB PNG of one colour, so each photo is a different file. */
function png(width: number, height: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3).map((_, i) => rgb[i % 3]!)]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function upload(token: string, body: Buffer): Promise<string> {
  const r = await t.upload(body, 'image/png', token);
  expect(r.status).toBe(201);
  return r.json.id;
}

/**
 * The text pdf.js extracts from the file. pdf-parse (pdf.js) loads its worker with a dynamic
 * import, which jest's module sandbox refuses: it runs in a plain node child process.
 */
async function pdfText(body: Buffer): Promise<string> {
  const script = `const { PDFParse } = require('pdf-parse'); const c = [];
    process.stdin.on('data', (d) => c.push(d)).on('end', async () => {
      const p = new PDFParse({ data: new Uint8Array(Buffer.concat(c)) });
      process.stdout.write((await p.getText()).text); await p.destroy();
    });`;
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', script], { cwd: ROOT, maxBuffer: 10_000_000 }, (err, stdout) =>
      err ? reject(err) : resolve(stdout),
    );
    child.stdin!.end(body);
  });
}

/**
 * The sizes of the image XObjects in the file, e.g. "64x48" (pdfkit writes object dictionaries
 * uncompressed). The demo company's logo (48x48) is one of them, once however many pages.
 */
function images(body: Buffer): string[] {
  const dicts = body.toString('latin1').match(/<<[^>]*\/Subtype \/Image[^>]*>>/g) ?? [];
  return dicts
    .filter((d) => !d.includes('/ColorSpace /DeviceGray')) // a PNG's alpha channel (the logo's soft mask)
    .map((d) => `${/\/Width (\d+)/.exec(d)?.[1]}x${/\/Height (\d+)/.exec(d)?.[1]}`)
    .sort();
}

beforeAll(async () => {
  t = await TestApp.start();
  [quality, inspector, admin, otherAdmin] = await Promise.all(
    ['quality@demo.test', 'inspector@demo.test', 'admin@demo.test', 'admin@other.test'].map((e) => t.token(e)),
  );
  const d = await t.ok(
    `{ projects(first: 100) { nodes { id code name } }
       inspectionTemplates { nodes { id name latestVersion { sections { items { key checkpointZh deductions { key labelZh } standard { code titleZh } } } } } } }`,
    {},
    quality,
  );
  project = d.projects.nodes.find((p: { code: string }) => p.code === 'SH-002');
  const residential = d.inspectionTemplates.nodes.find((x: { name: string }) => x.name === '住宅日常品质巡检表');
  ids['template'] = residential.id;
  type Item = {
    key: string;
    checkpointZh: string | null;
    deductions: Array<{ key: string; labelZh: string }>;
    standard: { code: string; titleZh: string };
  };
  const all: Item[] = residential.latestVersion.sections.flatMap((s: { items: Item[] }) => s.items);
  const floor = all.find((i) => i.standard.code === 'OPS-CLN-01')!;
  item = { key: floor.key, text: floor.checkpointZh || floor.standard.titleZh, deduction: floor.deductions[0]! };
  otherItems = all.filter((i) => i.key !== floor.key).map((i) => i.key);

  const photos = await Promise.all(
    (
      [
        [200, 40, 40],
        [40, 160, 40],
        [40, 40, 200],
      ] as Array<[number, number, number]>
    ).map((c) => upload(inspector, png(64, 48, c))),
  );
  const r = await t.ok(
    `mutation($input: InspectionInput!) { submitInspection(input: $input) { id rectifications { id } } }`,
    {
      input: {
        clientKey: randomUUID(),
        projectId: project.id,
        templateId: ids['template'],
        signatureFileId: await upload(inspector, png(120, 40, [20, 20, 20])),
        locationText: '1号楼大堂',
        note: '整体良好，大堂需加强保洁',
        items: [
          {
            itemKey: item.key,
            result: 'FAIL',
            deductionKeys: [item.deduction.key],
            note: '大堂地面有污渍',
            evidenceIds: photos,
            rectification: { deadline: deadline.toISOString(), evidenceRequired: true },
          },
          ...otherItems.map((k) => ({ itemKey: k, result: 'PASS' })),
        ],
      },
    },
    inspector,
  );
  ids['inspection'] = r.submitInspection.id;
  ids['rectification'] = r.submitInspection.rectifications[0].id;
});
afterAll(() => t.stop());

describe('inspection report PDF', () => {
  it('has the project, the items and the notes as text, and the 3 photos and the signature as images', async () => {
    const res = await t.get(`/downloads/inspections/${ids['inspection']}.pdf`, inspector);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(String(res.headers['content-disposition'])).toMatch(/^attachment; filename\*=UTF-8''.*\.pdf$/);
    expect(res.body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(res.body);
    expect(text).toContain('品质检查报告');
    expect(text).toContain(project.name);
    expect(text).toContain(item.text);
    expect(text).toContain(item.deduction.labelZh);
    expect(text).toContain('大堂地面有污渍');
    expect(text).toContain('1号楼大堂');
    expect(text).toContain('检查人签名');
    expect(text).toMatch(/第 1 页 \/ 共 \d+ 页/);
    expect(images(res.body)).toEqual(['120x40', '48x48', '64x48', '64x48', '64x48']);
    expect(res.body.toString('latin1')).toMatch(/\/FontFile[23]?/); // the CJK font is embedded (a subset)
  });

  it('is written in English for ?lang=en-US', async () => {
    const res = await t.get(`/downloads/inspections/${ids['inspection']}.pdf?lang=en-US`, inspector);
    expect(res.status).toBe(200);
    const text = await pdfText(res.body);
    expect(text).toContain('Quality inspection report');
    expect(text).toMatch(/Page 1 of \d+/);
    expect(text).toContain(project.name);
  });

  it("has the screens' scope: another company's id is 404, no token 401, every role as for the Excel report", async () => {
    const url = `/downloads/inspections/${ids['inspection']}.pdf`;
    const theirs = await t.get(url, otherAdmin);
    expect(theirs.status).toBe(404);
    expect(JSON.parse(theirs.body.toString()).error.code).toBe('NOT_FOUND');
    expect((await t.get(url, null)).status).toBe(401);
    for (const email of ['viewer@demo.test', 'hr@demo.test', 'ops@demo.test', 'cs@demo.test']) {
      const token = await t.token(email);
      const xlsx = await t.get(`/downloads/inspections/${ids['inspection']}.xlsx`, token);
      expect({ email, status: (await t.get(url, token)).status }).toEqual({ email, status: xlsx.status });
    }
    expect((await t.get(`/downloads/inspections/not-an-id.pdf`, inspector)).status).toBe(404);
  });
});

describe('整改通知单 PDF', () => {
  const url = () => `/downloads/rectifications/${ids['rectification']}/notice.pdf`;

  it('has the finding, its photos, the deadline and a box for the project’s signature', async () => {
    const res = await t.get(url(), quality);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(res.body);
    expect(text).toContain('整改通知单');
    expect(text).toContain(project.name);
    expect(text).toContain(`${deadline.toISOString().slice(0, 10)} 09:30`);
    expect(text).toContain('项目签收');
    expect(text).not.toContain('整改结果');
    expect(images(res.body)).toEqual(['48x48', '64x48', '64x48', '64x48']);
  });

  it('adds the evidence and the verification once it is closed', async () => {
    // The owner is the project's manager: the Quality Center submits, the company admin verifies.
    const evidence = await upload(quality, png(64, 48, [250, 250, 120]));
    await t.ok(
      `mutation($id: ID!, $e: [ID!]!) { submitRectification(id: $id, note: "已清洁地面", evidenceIds: $e) { id state } }`,
      { id: ids['rectification'], e: [evidence] },
      quality,
    );
    await t.ok(`mutation($id: ID!) { verifyRectification(id: $id, note: "复查合格") { id state } }`, { id: ids['rectification'] }, admin);
    const res = await t.get(url(), quality);
    expect(res.status).toBe(200);
    const text = await pdfText(res.body);
    expect(text).toContain('整改结果');
    expect(text).toContain('已清洁地面');
    expect(text).toContain('复查合格');
    expect(images(res.body)).toEqual(['48x48', '64x48', '64x48', '64x48', '64x48']);
  });

  it("has the rectification screen's scope: another company 404, no token 401, each role as the rectification query", async () => {
    const theirs = await t.get(url(), otherAdmin);
    expect(theirs.status).toBe(404);
    expect(JSON.parse(theirs.body.toString()).error.code).toBe('NOT_FOUND');
    expect((await t.get(url(), null)).status).toBe(401);
    for (const email of ['viewer@demo.test', 'hr@demo.test', 'ops@demo.test', 'cs@demo.test']) {
      const token = await t.token(email);
      const screen = await t.gql(`query($id: ID!) { rectification(id: $id) { id } }`, { id: ids['rectification'] }, token);
      const expected = screen.errors?.length ? ({ NOT_FOUND: 404, FORBIDDEN: 403 } as Record<string, number>)[codes(screen)[0]!] : 200;
      expect({ email, status: (await t.get(url(), token)).status }).toEqual({ email, status: expected });
    }
  });
});
