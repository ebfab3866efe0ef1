import type { Manifest, RolePair } from '../manifest/types.js';

/**
 * The role pair a run uses: the read-only preview pair for pull_request runs when the manifest
 * names one, else the deploy pair (previews then hold deploy rights: say so in the summary).
 */
export function rolesFor(
  manifest: Pick<Manifest, 'deployRoles' | 'previewRoles'>,
  kind: 'deploy' | 'preview',
): { roles: RolePair; kind: 'deploy' | 'preview'; warning?: string } {
  if (kind === 'preview' && manifest.previewRoles) return { roles: manifest.previewRoles, kind };
  if (kind === 'preview') {
    return {
      roles: manifest.deployRoles,
      kind: 'deploy',
      warning:
        'Previews use the deploy roles: code in a pull request can then act with deploy rights. Name a read-only `previewRole` pair in infra.yaml (bootstrap creates it).',
    };
  }
  return { roles: manifest.deployRoles, kind: 'deploy' };
}
