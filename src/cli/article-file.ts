/**
 * An article file for `afterword match`: HTML is read the way the content script reads a page
 * (src/article through linkedom), plain text is the article itself. Metadata comes from the page;
 * nothing is guessed.
 */
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { detectPage, readArticle } from '../article/read';
import { DatasetError } from '../dataset/errors';
import { detectLanguage } from '../engine/index';
import { inFile, readFileLimited } from './io';

/** Far above any article page; a bigger file is not an article. */
const MAX_ARTICLE_FILE_BYTES = 20 * 1024 * 1024;

export interface ArticleFile {
  file: string;
  page: 'article' | 'not-article';
  text: string;
  title?: string;
  published?: string;
  outlet?: string;
  language?: string;
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new DatasetError('is not UTF-8 text', '$');
  }
}

export async function readArticleFile(file: string): Promise<ArticleFile> {
  const bytes = await readFileLimited(file, MAX_ARTICLE_FILE_BYTES);
  return inFile(file, () => {
    const source = decode(bytes);
    const ext = extname(file).toLowerCase();
    if (ext === '.html' || ext === '.htm' || (ext !== '.txt' && /^\s*<(?:!doctype|html)/i.test(source))) {
      if (!/<[a-z!][^>]*>/i.test(source)) throw new DatasetError('has no HTML markup', '$');
      let doc: Document;
      try {
        doc = parseHTML(source).document as unknown as Document;
      } catch (e) {
        throw new DatasetError(`cannot be parsed as HTML (${(e as Error).message})`, '$');
      }
      if (!doc.documentElement) throw new DatasetError('cannot be parsed as HTML', '$');
      const page = detectPage(doc);
      const article = readArticle(doc);
      const m = article.metadata;
      const language = m.language ?? detectLanguage(article.text);
      return {
        file,
        page,
        text: article.text,
        title: m.title,
        published: m.published,
        outlet: m.outlet,
        language,
      };
    }
    if (!source.trim()) throw new DatasetError('is empty', '$');
    return { file, page: 'article', text: source, language: detectLanguage(source) };
  });
}
