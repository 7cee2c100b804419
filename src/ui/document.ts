import { displayLocale, uiDir } from './strings';

/** Sets <html lang dir> to the language of the text shown (see displayLocale), so screen readers and hyphenation match the text. */
export function applyDocumentLanguage(doc: Document = document): void {
  doc.documentElement.lang = displayLocale();
  doc.documentElement.dir = uiDir();
}
