/**
 * Just enough GitHub-flavoured Markdown → HTML for the renderer's own output (headings, tables,
 * alerts, `<details>`, `<pre>`, bold, links), so headless Chromium can show a comment as GitHub
 * would. Entities pass through untouched: the browser decodes them, exactly as GitHub's does.
 */
export function markdownToHtml(md: string, title = 'infra-action comment'): string {
  const lines = md.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '' || line.startsWith('<!--')) continue;
    if (line.startsWith('```')) {
      const block: string[] = [];
      while (++i < lines.length && !lines[i].startsWith('```')) block.push(lines[i].replace(/&/g, '&amp;').replace(/</g, '&lt;'));
      out.push(`<pre class="code">${block.join('\n')}</pre>`);
    } else if (line.startsWith('<pre>')) {
      const block = [line];
      while (!block[block.length - 1].includes('</pre>') && i + 1 < lines.length) block.push(lines[++i]);
      out.push(block.join('\n'));
    } else if (/^<\/?details>$/.test(line) || line.startsWith('<summary>')) {
      out.push(inline(line));
    } else if (line.startsWith('### ')) {
      out.push(`<h3>${inline(line.slice(4))}</h3>`);
    } else if (line.startsWith('>')) {
      const block: string[] = [];
      for (; i < lines.length && lines[i].startsWith('>'); i++) block.push(lines[i].replace(/^> ?/, ''));
      i--;
      const alert = /^\[!(\w+)\]$/.exec(block[0]);
      out.push(alert ? `<div class="alert ${alert[1].toLowerCase()}"><p class="alert-title">${alert[1][0]}${alert[1].slice(1).toLowerCase()}</p><p>${inline(block.slice(1).join(' '))}</p></div>` : `<blockquote>${inline(block.join(' '))}</blockquote>`);
    } else if (line.startsWith('|')) {
      const rows: string[][] = [];
      for (; i < lines.length && lines[i].startsWith('|'); i++) rows.push(lines[i].replace(/^\|\s?|\s?\|$/g, '').split(/\s?\|\s?/));
      i--;
      const align = (rows[1] ?? []).map((c) => (c.trim().endsWith(':') ? ' align="right"' : ''));
      const cell = (tag: string, cells: string[]) => `<tr>${cells.map((c, j) => `<${tag}${align[j] ?? ''}>${inline(c)}</${tag}>`).join('')}</tr>`;
      out.push(`<table><thead>${cell('th', rows[0])}</thead><tbody>${rows.slice(2).map((r) => cell('td', r)).join('')}</tbody></table>`);
    } else {
      out.push(`<p>${inline(line)}</p>`);
    }
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><style>${CSS}</style></head><body><div class="comment"><div class="header"><b>github-actions</b> <span>bot commented</span></div><div class="markdown-body">${out.join('\n')}</div></div></body></html>`;
}

function inline(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>').replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2">$1</a>');
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
