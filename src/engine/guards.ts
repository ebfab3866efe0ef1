import { BadInput } from '../errors.js';
import type { Manifest } from '../manifest/types.js';
import type { Selection } from '../select/select.js';
import type { Operation } from './types.js';

/** Bad input for the engine (exit 2): the wrong operation for the event, an unconfirmed destroy. */
export class EngineInputError extends BadInput {
  override name = 'EngineInputError';
}

/**
 * What may run: pull requests only preview; destroy runs one stack, named exactly in `confirm`, never
 * in a protected account. Returns the selection to run (destroy narrows it to the confirmed stack).
 */
export function guardOperation(manifest: Manifest, selection: Selection, operation: Operation, confirm?: string): Selection {
  if (selection.errors.length > 0) throw new EngineInputError(selection.errors.join('\n'));
  if (selection.mode === 'preview-only' && operation !== 'preview') {
    throw new EngineInputError(`"${operation}" does not run on pull requests: they only preview. Run it on push or workflow_dispatch.`);
  }
  if (operation !== 'destroy') return selection;
  const names = selection.stacks.map((s) => s.stack);
  if (!confirm) {
    throw new EngineInputError(
      `destroy needs confirmation: set the input 'confirm' (CLI: --confirm) to the exact stack name, one of: ${names.join(', ') || '(no stack selected)'}.`,
    );
  }
  const target = selection.stacks.find((s) => s.stack === confirm);
  if (!target)
    throw new EngineInputError(
      `destroy: confirm "${confirm}" is not a selected stack; selected: ${names.join(', ') || '(none)'}. Repeat the exact name.`,
    );
  const account = manifest.accounts.find((a) => a.name === target.account);
  if (account?.protected)
    throw new EngineInputError(`destroy never runs on account "${account.name}": ${manifest.file} marks it protected.`);
  return { ...selection, stacks: [target], waves: [[target.stack]] };
}
