import PDFDocument from 'pdfkit';
import { loadPdfFont } from './fonts';

export type PdfLanguage = 'zh-CN' | 'en-US';

/** The requesting user's language (`?lang=` from the web client's language switch); Chinese by default. */
export function pdfLanguage(value: string | null | undefined): PdfLanguage {
  return value?.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}

/** A label in both languages. */
export type Bilingual = { zh: string; en: string };

export interface PdfImage {
  bytes: Buffer;
  contentType: string;
}

const PDF_IMAGE_TYPES = new Set(['image/jpeg', 'image/png']);

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 64, bottom: 56, left: 50, right: 50 };
const MUTED = '#666666';
const LINE = '#cccccc';

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * An A4 document with the company's name (and logo) in the header of every page and "page n of
 * m" in the footer, written in one CJK font (a subset of the glyphs used is embedded). Builders add
 * content top to bottom and `await pause()` between blocks, so a long document gives other requests
 * their turn on the event loop; `finish()` returns the file's bytes.
 */
export class PdfDocument {
  private readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;
  private readonly logo: Buffer | null;

  constructor(
    readonly language: PdfLanguage,
    private readonly header: { company: string; title: string; logo?: string | null },
  ) {
    const { font, bytes } = loadPdfFont();
    this.doc = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      bufferPages: true,
      autoFirstPage: true,
      lang: language,
      info: { Title: header.title, Author: header.company, Creator: 'Pinzhi', Producer: 'Pinzhi' },
    });
    this.doc.registerFont('cjk', bytes, font.family);
    this.doc.font('cjk');
    this.done = new Promise((resolve, reject) => {
      this.doc.on('data', (c: Buffer) => this.chunks.push(c));
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
    this.logo = dataUrlImage(header.logo ?? null);
  }

  /** The label in the document's language. */
  t(label: Bilingual): string {
    return this.language === 'en-US' ? label.en : label.zh;
  }

  pause(): Promise<void> {
    return yieldToEventLoop();
  }

  private get contentWidth(): number {
    return A4.width - MARGIN.left - MARGIN.right;
  }

  private ensureSpace(height: number): void {
    if (this.doc.y + height > A4.height - MARGIN.bottom) this.doc.addPage();
  }

  title(text: string, subtitle?: string): this {
    this.doc.fillColor('black').fontSize(18).text(text, MARGIN.left, this.doc.y, { align: 'center', width: this.contentWidth });
    if (subtitle) this.doc.fontSize(10).fillColor(MUTED).text(subtitle, { align: 'center', width: this.contentWidth });
    this.doc.fillColor('black').moveDown(0.8);
    return this;
  }

  heading(text: string): this {
    this.ensureSpace(40);
    this.doc.moveDown(0.4).fontSize(13).fillColor('black').text(text, MARGIN.left, this.doc.y, { width: this.contentWidth });
    const y = this.doc.y + 2;
    this.doc
      .moveTo(MARGIN.left, y)
      .lineTo(A4.width - MARGIN.right, y)
      .strokeColor(LINE)
      .lineWidth(0.5)
      .stroke();
    this.doc.moveDown(0.4);
    return this;
  }

  /** Label–value rows, the labels in a narrow grey column. */
  fields(rows: Array<[string, string | number | null | undefined]>): this {
    const labelWidth = 90;
    for (const [label, value] of rows) {
      const text = value == null || value === '' ? '—' : String(value);
      this.doc.fontSize(10);
      const h = Math.max(14, this.doc.heightOfString(text, { width: this.contentWidth - labelWidth }));
      this.ensureSpace(h);
      const y = this.doc.y;
      this.doc.fillColor(MUTED).text(label, MARGIN.left, y, { width: labelWidth - 8 });
      this.doc.fillColor('black').text(text, MARGIN.left + labelWidth, y, { width: this.contentWidth - labelWidth });
      this.doc.y = Math.max(this.doc.y, y + 14);
    }
    this.doc.moveDown(0.3);
    return this;
  }

  paragraph(text: string, options: { size?: number; color?: string; indent?: number } = {}): this {
    const size = options.size ?? 10;
    const indent = options.indent ?? 0;
    this.doc.fontSize(size);
    this.ensureSpace(Math.min(this.doc.heightOfString(text, { width: this.contentWidth - indent }), 60));
    this.doc
      .fillColor(options.color ?? 'black')
      .text(text, MARGIN.left + indent, this.doc.y, { width: this.contentWidth - indent })
      .fillColor('black');
    return this;
  }

  space(lines = 0.5): this {
    this.doc.moveDown(lines);
    return this;
  }

  /**
   * Photos in rows of thumbnails (JPEG and PNG are embedded; a WebP photo or damaged file is a
   * framed note instead). Returns how many were embedded.
   */
  images(images: PdfImage[], options: { perRow?: number; height?: number; indent?: number; missing: string }): number {
    if (!images.length) return 0;
    const indent = options.indent ?? 0;
    const perRow = options.perRow ?? 3;
    const gap = 8;
    const width = (this.contentWidth - indent - gap * (perRow - 1)) / perRow;
    const height = options.height ?? 110;
    let embedded = 0;
    for (let i = 0; i < images.length; i += perRow) {
      this.ensureSpace(height + gap);
      const y = this.doc.y;
      images.slice(i, i + perRow).forEach((img, k) => {
        const x = MARGIN.left + indent + k * (width + gap);
        if (this.placeImage(img, x, y, width, height)) embedded++;
        else this.missingBox(x, y, width, height, options.missing);
      });
      this.doc.x = MARGIN.left;
      this.doc.y = y + height + gap;
    }
    return embedded;
  }

  /**
   * A signature: the image (if any) above a line with the label and the signer's name and time; an
   * empty framed box to be signed on paper when there is no image.
   */
  signature(label: string, image: PdfImage | null, caption: string | null, missing: string): this {
    const width = 220;
    const height = 80;
    this.ensureSpace(height + 40);
    const x = MARGIN.left;
    this.doc.fontSize(10).fillColor(MUTED).text(label, x, this.doc.y, { width });
    const y = this.doc.y + 4;
    if (image) {
      if (!this.placeImage(image, x, y, width, height)) this.missingBox(x, y, width, height, missing);
    } else {
      this.doc.rect(x, y, width, height).strokeColor(LINE).lineWidth(0.8).stroke();
    }
    this.doc
      .moveTo(x, y + height + 2)
      .lineTo(x + width, y + height + 2)
      .strokeColor(MUTED)
      .stroke();
    this.doc.y = y + height + 6;
    if (caption) this.doc.fontSize(9).fillColor(MUTED).text(caption, x, this.doc.y, { width: this.contentWidth });
    this.doc.fillColor('black').moveDown(0.6);
    return this;
  }

  private placeImage(img: PdfImage, x: number, y: number, width: number, height: number): boolean {
    if (!PDF_IMAGE_TYPES.has(img.contentType)) return false;
    try {
      this.doc.image(img.bytes, x, y, { fit: [width, height], align: 'center', valign: 'center' });
      return true;
    } catch {
      return false; // not a decodable JPEG / PNG (a damaged upload)
    }
  }

  private missingBox(x: number, y: number, width: number, height: number, text: string): void {
    this.doc.rect(x, y, width, height).strokeColor(LINE).lineWidth(0.5).stroke();
    this.doc
      .fontSize(8)
      .fillColor(MUTED)
      .text(text, x + 4, y + height / 2 - 6, { width: width - 8, align: 'center' })
      .fillColor('black');
  }

  /** pdfkit's opened image: `openImage` and passing its result to `image()` are pdfkit API its type definitions lack. */
  private logoImage: PDFKit.Mixins.ImageSrc | null | undefined;

  /** The logo, opened once (embedded once, shown on every page); null when absent or unreadable. */
  private openLogo() {
    if (this.logoImage === undefined) {
      try {
        const doc = this.doc as unknown as { openImage(src: Buffer): PDFKit.Mixins.ImageSrc };
        this.logoImage = this.logo ? doc.openImage(this.logo) : null;
      } catch {
        this.logoImage = null; // a logo pdfkit cannot read: the name alone
      }
    }
    return this.logoImage;
  }

  /** Writes the headers and footers and returns the file. */
  async finish(): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const page = this.doc.page;
      const saved = page.margins;
      page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
      let x = MARGIN.left;
      const logo = this.openLogo();
      if (logo) {
        this.doc.image(logo, x, 24, { fit: [60, 24] });
        x += 68;
      }
      this.doc.fontSize(10).fillColor('black').text(this.header.company, x, 30, { width: 280, lineBreak: false, ellipsis: true });
      this.doc
        .fontSize(9)
        .fillColor(MUTED)
        .text(this.header.title, A4.width - MARGIN.right - 200, 31, { width: 200, align: 'right', lineBreak: false });
      this.doc
        .moveTo(MARGIN.left, 50)
        .lineTo(A4.width - MARGIN.right, 50)
        .strokeColor(LINE)
        .lineWidth(0.5)
        .stroke();
      const n = i - range.start + 1;
      const footer = this.language === 'en-US' ? `Page ${n} of ${range.count}` : `第 ${n} 页 / 共 ${range.count} 页`;
      this.doc
        .fontSize(8)
        .fillColor(MUTED)
        .text(footer, MARGIN.left, A4.height - 34, { width: this.contentWidth, align: 'center', lineBreak: false });
      page.margins = saved;
      await yieldToEventLoop();
    }
    this.doc.end();
    return this.done;
  }
}

/** The bytes of a `data:image/png|jpeg;base64,…` logo (company settings keep the logo so). */
function dataUrlImage(value: string | null): Buffer | null {
  const m = value ? /^data:image\/(png|jpeg);base64,(.+)$/.exec(value) : null;
  return m ? Buffer.from(m[2]!, 'base64') : null;
}
