/**
 * Reads a step's stdout the way the Actions runner does: each line that starts with `::name` (after
 * leading whitespace, to be strict) is a workflow command, except between `::stop-commands::TOKEN`
 * and the line `::TOKEN::`, where nothing is. Returns the commands the runner would execute.
 */
export interface WorkflowCommand {
  name: string;
  properties: string;
  message: string;
  line: number;
}

export function workflowCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  stdout.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trimStart();
    const m = /^::([^\s:]+)( [^:]*)?::(.*)$/.exec(line);
    if (!m) return;
    const [, name, properties = '', message] = m;
    if (stopToken !== undefined) {
      if (name === stopToken && properties === '' && message === '') stopToken = undefined;
      return;
    }
    if (name === 'stop-commands') {
      stopToken = message;
      return;
    }
    out.push({ name, properties: properties.trim(), message, line: i + 1 });
  });
  return out;
}
