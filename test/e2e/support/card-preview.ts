/**
 * A test page's copy of the in-page card: the same renderCard() and the same stylesheet the content
 * script uses, mounted in an OPEN shadow root so axe-core can look inside (the real card lives in a
 * closed root nothing outside the content script can reach). Bundled for the page by buildCardPreview().
 */
import cardCss from '../../../src/content/card.css?inline';
import hostCss from '../../../src/content/host.css?inline';
import { renderCard, type CardView } from '../../../src/content/card';

export function mountCard(view: CardView): void {
  document.querySelector('afterword-preview')?.remove();
  const host = document.createElement('afterword-preview');
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`${hostCss}\n${cardCss}`);
  shadow.adoptedStyleSheets = [sheet];
  const { root } = renderCard(document, view);
  root.style.left = '24px';
  root.style.top = '96px';
  shadow.append(root);
  document.body.append(host);
}
