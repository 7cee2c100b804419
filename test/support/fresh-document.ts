/**
 * Run before each file of the DOM unit project (vitest.config.ts, unit:dom). Its files share
 * a worker and with it happy-dom's document, so a file began on whatever the file before it left:
 * a test page's <article> in the body made the popup's "find the article" queries see two, and the
 * project failed in some file orders (`--sequence.shuffle.files`, five seeds of five failed). Each
 * file now starts on an empty document.
 */
document.head.replaceChildren();
document.body.replaceChildren();
for (const name of document.body.getAttributeNames()) document.body.removeAttribute(name);
for (const name of document.documentElement.getAttributeNames())
  document.documentElement.removeAttribute(name);
