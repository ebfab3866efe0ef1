import { loadManifest } from '../manifest/load.js';
import type { Manifest } from '../manifest/types.js';
import { builtinPrograms } from '../programs-dir.js';
import type { ChangedFile } from '../select/changes.js';
import { selectStacks, type GitHubEvent, type Selection } from '../select/select.js';
import { planDocument, type PlanDocument } from './plan.js';

export interface PlanRequest {
  manifestPath: string;
  changes?: ChangedFile[];
  selectAll?: string;
  event?: GitHubEvent;
  ref?: string;
  accounts?: string[];
  projects?: string[];
}

export interface PlanResult {
  manifest: Manifest;
  selection: Selection;
  document: PlanDocument;
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
  });
  return { manifest, selection, document: planDocument(selection) };
}
