import MarkdownIt from 'markdown-it';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

/**
 * Real GitHub-flavoured Markdown renderers for tests: micromark with the GFM extension (tables,
 * alerts aside, GFM's autolink literals `https://…`, `www.…`, emails) and markdown-it with a
 * linkifier that also guesses bare domains and protocol-relative links. Raw HTML is allowed in
 * both, as GitHub allows it (then sanitises); what matters is which elements our text produces.
 */
export function renderGfm(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

const linkifying = new MarkdownIt({ html: true, linkify: true });
linkifying.linkify.set({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: true });

export function renderLinkified(markdown: string): string {
  return linkifying.render(markdown);
}

/** Every `<a …>` and `<img …>` element either renderer makes of `markdown`. */
export function linksAndImages(markdown: string): string[] {
  return [renderGfm(markdown), renderLinkified(markdown)].flatMap((html) => [...html.matchAll(/<(a|img)\b[^>]*>/gi)].map((m) => m[0]));
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text a reader sees: tags removed, entities decoded. */
export function visibleText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return NAMED[e] ?? m;
  });
}

/** What GitHub would show for a Markdown body, as plain text. */
export function renderedText(markdown: string): string {
  return visibleText(renderGfm(markdown));
}
