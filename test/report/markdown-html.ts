import { renderGfm } from '../support/gfm.js';

/**
 * A comment as GitHub would show it, for headless Chromium: the body rendered by a real GFM
 * renderer (micromark + GFM: tables, autolink literals, raw HTML), GitHub's alert blockquotes
 * (`> [!CAUTION]`) styled as alerts, inside GitHub's comment frame. Entities pass through to the
 * browser, which decodes them exactly as GitHub's page does.
 */
export function markdownToHtml(md: string, title = 'infra-action comment'): string {
  const html = renderGfm(md).replace(
    /<blockquote>\n<p>\[!(\w+)\]\n?([\s\S]*?)<\/p>\n<\/blockquote>/g,
    (_m, kind: string, text: string) =>
      `<div class="alert ${kind.toLowerCase()}"><p class="alert-title">${kind[0]}${kind.slice(1).toLowerCase()}</p><p>${text}</p></div>`,
  );
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><style>${CSS}</style></head><body><div class="comment"><div class="header"><b>github-actions</b> <span>bot commented</span></div><div class="markdown-body">${html}</div></div></body></html>`;
}

const CSS = `
body { background: #fff; margin: 0; padding: 16px; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; }
.comment { border: 1px solid #d1d9e0; border-radius: 6px; max-width: 960px; }
.header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; border-radius: 6px 6px 0 0; color: #59636e; }
.header b { color: #1f2328; }
.markdown-body { padding: 16px; }
h3 { font-size: 1.25em; margin: 0 0 8px; }
table { border-collapse: collapse; margin: 8px 0 16px; display: block; overflow: auto; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
th { font-weight: 600; background: #f6f8fa; }
tr:nth-child(2n) td { background: #f6f8fa; }
td code, th code { white-space: nowrap; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; background: rgba(129,139,152,.12); padding: .2em .4em; border-radius: 6px; }
pre { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; background: #f6f8fa; padding: 12px; border-radius: 6px; white-space: pre-wrap; }
sub { color: #59636e; }
details { margin: 4px 0; } summary { cursor: pointer; }
.alert { border-left: 4px solid #d1242f; padding: 0 12px; margin: 8px 0 16px; }
.alert-title { color: #d1242f; font-weight: 600; margin: 0; }
.alert p { margin: 4px 0; }
a { color: #0969da; text-decoration: none; }
`;
