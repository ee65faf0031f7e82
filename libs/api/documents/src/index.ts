export { PdfDocument, pdfLanguage, type Bilingual, type PdfImage, type PdfLanguage } from './pdf';
export { FONT_CANDIDATES, PdfFontMissingError, findPdfFont, loadPdfFont, parseFontSetting, type PdfFont } from './fonts';
export const PDF = 'application/pdf';
