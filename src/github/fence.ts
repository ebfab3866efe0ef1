import { randomBytes } from 'node:crypto';
import { fenceCommands, needsFence, showControls } from '../report/escape.js';

// Apart from log.ts: the CLI fences its output without loading @actions/core (and its HTTP client).

/** A fresh, unguessable `::stop-commands::` token: text from the deployed commit cannot end the fence. */
export function commandToken(): string {
  return randomBytes(16).toString('hex');
}

/** Output for a CLI run inside a workflow step: every write fenced, since the step's output is the log. */
export function fenceWrites(write: (text: string) => void): (text: string) => void {
  return (text) => {
    if (!needsFence(text)) return write(showControls(text, true));
    const trailing = text.endsWith('\n') ? '\n' : '';
    write(fenceCommands(text, commandToken()) + (trailing || '\n'));
  };
}
