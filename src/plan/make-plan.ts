import { loadManifest } from '../manifest/load.js';
import type { Manifest } from '../manifest/types.js';
import { builtinPrograms } from '../programs-dir.js';
import type { ChangedFile } from '../select/changes.js';
import { selectStacks, type GitHubEvent, type Selection } from '../select/select.js';
import { openEscEnvironments } from '../engine/esc.js';
import { ConfigFiles } from '../engine/config-files.js';
import { escImportsOf, preflight } from '../engine/preflight.js';
import { schemas } from '../../shared/schemas.js';
import { planDocument, type PlanDocument } from './plan.js';
import { selectShard } from './shard-filter.js';
import type { AccountBaseline } from '../select/baseline.js';
import { defaultBackendUrl } from '../settings/defaults.js';

export interface PlanRequest {
  manifestPath: string;
  changes?: ChangedFile[];
  selectAll?: string;
  event?: GitHubEvent;
  ref?: string;
  accounts?: string[];
  projects?: string[];
  /** Read-only run (drift): the preview roles. */
  readOnly?: boolean;
  /** The document's shards: jobs of at most this many stacks per account (0: one per account). */
  maxStacksPerJob?: number;
  /** One shard job: only these stacks of the selection (shard-filter.ts); empty or undefined: all. */
  stacks?: readonly string[];
}

export interface PlanResult {
  manifest: Manifest;
  selection: Selection;
  document: PlanDocument;
  /** Deploys: each account's per-stack baseline (what the selection was diffed from). */
  baselines?: AccountBaseline[];
  /** Deploys from baselines: per account, every stack a successful deploy leaves at the deployed commit. */
  covers?: Record<string, string[]>;
}

/** Loads the manifest and selects; the one path both the action and the CLI take. Throws ManifestError. */
export async function makePlan(req: PlanRequest): Promise<PlanResult> {
  const manifest = await loadManifest(req.manifestPath, { builtins: builtinPrograms() });
  const selection = selectStacks({
    manifest,
    changes: req.changes,
    selectAll: req.selectAll,
    event: req.event,
    ref: req.ref,
    accounts: req.accounts,
    projects: req.projects,
    readOnly: req.readOnly,
  });
  const shard = shardOf(manifest, selection, req.stacks, req.accounts);
  const document = await documentFor(manifest, shard.selection, req.maxStacksPerJob);
  document.warnings.push(...shard.warnings);
  return { manifest, selection: shard.selection, document };
}

/** The selection narrowed to a shard job's stacks, with a warning naming listed stacks the run does not select. */
export function shardOf(
  manifest: Manifest,
  selection: Selection,
  stacks: readonly string[] | undefined,
  accounts: readonly string[] | undefined,
): { selection: Selection; warnings: string[] } {
  if (!stacks?.length || selection.errors.length > 0) return { selection, warnings: [] };
  const shard = selectShard(manifest, selection, stacks, accounts ?? []);
  const warnings = shard.notNeeded.length
    ? [
        `Not selected by this run, so not run in this job: ${shard.notNeeded.join(', ')} (nothing changed for them since their last success)`,
      ]
    : [];
  return { selection: shard.selection, warnings };
}

/** The plan document of a selection, with the config preflight's findings as warnings. */
export async function documentFor(manifest: Manifest, selection: Selection, maxStacksPerJob = 0): Promise<PlanDocument> {
  const document = planDocument(manifest, selection, maxStacksPerJob);
  // The config preflight the engine enforces (exit 2) is shown here as warnings: plan stays usable
  // for selection while config is still being written.
  // Offline: ESC environments are not opened here; keys they may hold are listed as unchecked.
  const backend = manifest.backend ?? defaultBackendUrl(manifest.root);
  const files = new ConfigFiles();
  const esc = await openEscEnvironments(
    manifest.org,
    escImportsOf(manifest, selection.stacks, backend, files),
    undefined,
    'plan is offline; preview and up open it with PULUMI_ACCESS_TOKEN',
  );
  for (const p of preflight(manifest, selection.stacks, backend, schemas, esc, files)) {
    document.warnings.push(
      `config preflight: ${p.stack}: ${p.file}${p.key ? `: ${p.key}${p.secret ? ' (secret)' : ''}` : ''}: ${p.message}`,
    );
  }
  return document;
}
