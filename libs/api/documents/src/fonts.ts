import { existsSync, readFileSync } from 'node:fs';

/**
 * The CJK font embedded (as a subset of the glyphs used) in every PDF. Pinzhi does not ship a
 * font: a complete Simplified-Chinese font is 10–20 MB and the npm packages that carry one split it
 * into web-font slices (or are unmaintained). It uses Noto Sans CJK from the operating system —
 * Debian's `fonts-noto-cjk`, installed by the Dockerfile and by `.ci/run`, present on most Linux
 * desktops — or the font named by `PINZHI_PDF_FONT` (`/path/to/font.ttc#PostScriptName`, or a
 * .ttf/.otf path). See docs/decisions/0007-pdf-documents.md.
 */
export interface PdfFont {
  path: string;
  /** The face inside a collection (.ttc); undefined for a single-face file. */
  family?: string;
}

/** Where the systems Pinzhi runs on keep a CJK font, first match wins. */
export const FONT_CANDIDATES: readonly PdfFont[] = [
  // Debian / Ubuntu fonts-noto-cjk (the Docker image and CI)
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
  // Fedora / RHEL google-noto-sans-cjk-fonts, Arch noto-fonts-cjk, Alpine font-noto-cjk
  { path: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/noto/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
  // Debian fonts-wqy-microhei (a smaller fallback)
  { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', family: 'WenQuanYiMicroHei' },
  // macOS and Windows developer machines
  { path: '/System/Library/Fonts/STHeiti Light.ttc', family: 'STHeitiSC-Light' },
  { path: '/Library/Fonts/Arial Unicode.ttf' },
  { path: 'C:\\Windows\\Fonts\\msyh.ttc', family: 'MicrosoftYaHei' },
];

/** Thrown when no CJK font is installed: the log says what to install. */
export class PdfFontMissingError extends Error {
  constructor() {
    super(
      'No CJK font for PDF documents: install Noto Sans CJK (Debian: apt-get install fonts-noto-cjk) or set PINZHI_PDF_FONT=/path/to/font.ttc#PostScriptName',
    );
    this.name = 'PdfFontMissingError';
  }
}

export function parseFontSetting(value: string): PdfFont {
  const hash = value.lastIndexOf('#');
  return hash > 0 ? { path: value.slice(0, hash), family: value.slice(hash + 1) } : { path: value };
}

/** The font to use, from PINZHI_PDF_FONT or the candidates; null when there is none. */
export function findPdfFont(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): PdfFont | null {
  const setting = env['PINZHI_PDF_FONT']?.trim();
  if (setting) {
    const f = parseFontSetting(setting);
    return exists(f.path) ? f : null;
  }
  return FONT_CANDIDATES.find((f) => exists(f.path)) ?? null;
}

let loaded: { font: PdfFont; bytes: Buffer } | null = null;

/**
 * The font's bytes, read once per process (the Noto collection is about 20 MB; pdfkit parses it
 * lazily and embeds only the glyphs a document uses).
 */
export function loadPdfFont(): { font: PdfFont; bytes: Buffer } {
  if (loaded) return loaded;
  const font = findPdfFont();
  if (!font) throw new PdfFontMissingError();
  loaded = { font, bytes: readFileSync(font.path) };
  return loaded;
}
