import { FONT_CANDIDATES, findPdfFont, parseFontSetting } from './fonts';
import { pdfLanguage } from './pdf';

describe('the PDF font', () => {
  it('is the first installed candidate (Debian’s Noto Sans CJK first)', () => {
    const debian = FONT_CANDIDATES[0]!;
    expect(debian).toEqual({ path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' });
    expect(findPdfFont({}, (p) => p === debian.path || p === '/Library/Fonts/Arial Unicode.ttf')).toEqual(debian);
    expect(findPdfFont({}, (p) => p === '/Library/Fonts/Arial Unicode.ttf')).toEqual({ path: '/Library/Fonts/Arial Unicode.ttf' });
    expect(findPdfFont({}, () => false)).toBeNull();
  });

  it('is PINZHI_PDF_FONT when set (a collection’s face after #), and none when that file is missing', () => {
    expect(parseFontSetting('/fonts/x.ttc#XSC-Regular')).toEqual({ path: '/fonts/x.ttc', family: 'XSC-Regular' });
    expect(parseFontSetting('/fonts/x.otf')).toEqual({ path: '/fonts/x.otf' });
    const env = { PINZHI_PDF_FONT: '/fonts/x.ttc#XSC-Regular' };
    expect(findPdfFont(env, (p) => p === '/fonts/x.ttc')).toEqual({ path: '/fonts/x.ttc', family: 'XSC-Regular' });
    expect(findPdfFont(env, (p) => p !== '/fonts/x.ttc')).toBeNull();
  });

  it('language: English for en*, Chinese otherwise', () => {
    expect(pdfLanguage('en-US')).toBe('en-US');
    expect(pdfLanguage('en')).toBe('en-US');
    expect(pdfLanguage('zh-CN')).toBe('zh-CN');
    expect(pdfLanguage(undefined)).toBe('zh-CN');
    expect(pdfLanguage('fr')).toBe('zh-CN');
  });
});
