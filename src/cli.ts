import { parseCli, type CliSettings } from './cli-args.js';
import type { Command } from './settings/values.js';
import { planCli } from './commands/plan-cli.js';
import { processIO, type CliIO } from './commands/io.js';
import { BadInput, exitCodeFor } from './errors.js';
import { formatProblem, ManifestError } from './manifest/types.js';
import { fenceWrites } from './github/fence.js';

export type CliHandler = (settings: CliSettings, io: CliIO) => Promise<number>;

const engine: CliHandler = async (settings, io) => import('./commands/engine-cli.js').then(({ engineCli }) => engineCli(settings, io));

/** Commands this build can run; the engine and auth commands load their modules lazily. */
const handlers: Partial<Record<Command, CliHandler>> = {
  plan: planCli,
  verify: async (settings, io) => import('./commands/verify-cli.js').then(({ verifyCli }) => verifyCli(settings, io)),
  preview: engine,
  up: engine,
  refresh: engine,
  destroy: engine,
  drift: async (settings, io) => import('./commands/drift-cli.js').then(({ driftCli }) => driftCli(settings, io)),
};

/** Runs the CLI; returns the exit code (0 ok, 1 an operation failed, 2 bad input). */
export async function runCli(argv: string[], processIo: CliIO = processIO): Promise<number> {
  const json = argv.includes('--json');
  const io =
    inWorkflowStep() && argv[0] !== 'credentials'
      ? fencedIO(json && processIo === processIO ? documentOnlyStdout(processIo) : processIo, json)
      : processIo;
  try {
    // Hidden: the credential_process of the AWS profiles the engine serves to Pulumi processes (src/engine/served-credentials.ts).
    if (argv[0] === 'credentials')
      return await import('./auth/credential-process.js').then(({ credentialsCommand }) => credentialsCommand(argv.slice(1), io));
    // A laptop-only procedure with options of its own (docs/bootstrap.md); not an action command.
    if (argv[0] === 'bootstrap')
      return await import('./commands/bootstrap-cli.js').then(({ bootstrapCli }) => bootstrapCli(argv.slice(1), io));
    // Writes stack config files from a laptop: a subcommand, a key and a value of its own (docs/design.md).
    if (argv[0] === 'config') return await import('./commands/config-cli.js').then(({ configCli }) => configCli(argv.slice(1), io));
    const settings = parseCli(argv);
    const handler = handlers[settings.command];
    if (!handler) {
      io.stderr(`infra-action ${settings.command} is not available in this build yet.\n`);
      return 2;
    }
    return await handler(settings, io);
  } catch (err) {
    if (err instanceof ManifestError) {
      io.stderr(`${err.message}\n\nFix the manifest and run again; nothing was run.\n`);
      if (argv.includes('--json')) {
        io.stdout(JSON.stringify({ stacks: [], waves: [], errors: err.problems.map(formatProblem), warnings: [] }, null, 2) + '\n');
      }
    } else if (err instanceof BadInput) {
      io.stderr(`${err.message.trimEnd()}\n`);
    } else {
      io.stderr(`error: ${(err as Error).message}\n`);
    }
    return exitCodeFor(err);
  }
}

function inWorkflowStep(): boolean {
  return process.env.GITHUB_ACTIONS === 'true';
}

/**
 * In a workflow step the CLI's output is the runner's log, and it carries names, paths and engine
 * output from the deployed commit: each write is fenced with `::stop-commands::` when any line of
 * it could be a workflow command. `--json` stdout stays as it is (JSON strings hold no newlines).
 */
function fencedIO(io: CliIO, json: boolean): CliIO {
  return { stdout: json ? io.stdout : fenceWrites(io.stdout), stderr: fenceWrites(io.stderr), readStdin: () => io.readStdin() };
}

/**
 * `--json` in a workflow step: stdout must hold the JSON document alone, but @actions/core writes
 * its workflow commands (`::add-mask::` for each session secret, `::debug::` from getIDToken) to
 * process.stdout. The runner reads workflow commands from stderr just as well (actions/runner gives
 * each stream its own command-processing OutputManager), so everything but the document goes there.
 */
function documentOnlyStdout(io: CliIO): CliIO {
  const toStdout = process.stdout.write.bind(process.stdout);
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
  return { ...io, stdout: (text) => void toStdout(text) };
}
