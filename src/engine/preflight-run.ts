import type { Manifest } from '../manifest/types.js';
import { childEnv } from './child-env.js';
import { ConfigFiles } from './config-files.js';
import { cliEscOpener, openEscEnvironments, type EscEnvironments } from './esc.js';
import { blockingProblems, escImportsOf, PreflightError, preflight, type PreflightProblem } from './preflight.js';
import type { EngineSession } from './session.js';

/**
 * The config preflight of a run, before any cloud call: every stack's layered config against its
 * program's schema (with the ESC environments it imports), and the passphrase a passphrase
 * provider needs. Warnings are logged; problems are thrown all at once (PreflightError, exit 2).
 */
export async function runPreflight(session: EngineSession): Promise<void> {
  const { manifest, selection, backend, deps } = session;
  const files = new ConfigFiles();
  const esc = await openEscImports(
    manifest,
    escImportsOf(manifest, selection.stacks, backend, files),
    backend,
    async () => (await session.cli()).cmd.command,
  );
  const found = preflight(manifest, selection.stacks, backend, deps.schemas, esc, files);
  for (const w of found.filter((p) => p.warning))
    deps.log.warning(`config preflight: ${w.stack}: ${w.file}: ${w.key ? `${w.key}${w.secret ? ' (secret)' : ''}: ` : ''}${w.message}`);
  const problems: PreflightProblem[] = blockingProblems(found);
  const passphrase = passphraseProblem(session);
  if (passphrase) problems.push(passphrase);
  if (problems.length > 0) throw new PreflightError(problems);
}

/** The passphrase provider without a passphrase in the environment: every stack would fail on it. */
function passphraseProblem(session: EngineSession): PreflightProblem | undefined {
  if (
    session.secretsProvider !== 'passphrase' ||
    process.env.PULUMI_CONFIG_PASSPHRASE !== undefined ||
    process.env.PULUMI_CONFIG_PASSPHRASE_FILE !== undefined ||
    session.selection.stacks.length === 0
  )
    return undefined;
  return {
    stack: '(all)',
    file: session.manifest.file,
    key: 'secretsProvider',
    message:
      'the passphrase secrets provider needs PULUMI_CONFIG_PASSPHRASE (or _FILE) in the environment; set it from a repository secret, or name a KMS secretsProvider in the manifest',
  };
}

/**
 * Opens the ESC environments the stacks import through the Pulumi CLI, with the run's
 * PULUMI_ACCESS_TOKEN; without a token they stay unchecked and preflight names them in warnings.
 */
async function openEscImports(
  manifest: Manifest,
  imports: string[],
  backend: string,
  command: () => Promise<string>,
): Promise<EscEnvironments> {
  if (imports.length === 0) return new Map();
  if (!process.env.PULUMI_ACCESS_TOKEN)
    return openEscEnvironments(manifest.org, imports, undefined, 'no PULUMI_ACCESS_TOKEN in the environment');
  const open = cliEscOpener(await command(), childEnv({ PULUMI_BACKEND_URL: backend, PULUMI_SKIP_UPDATE_CHECK: 'true' }));
  return openEscEnvironments(manifest.org, imports, open, '');
}
