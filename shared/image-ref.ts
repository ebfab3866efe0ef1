/**
 * Container image references (`registry/repo[:tag][@sha256:<64 hex>]`), pure. The builtin programs
 * and the engine's preflight share it: protected accounts run only images pinned by digest, and a
 * digest is what promotion carries from account to account (a tag can move under you; a digest
 * cannot).
 */

export interface ImageRef {
  /** Everything before the tag and digest, e.g. `ghcr.io/unkeyed/unkey`. */
  repository: string;
  tag?: string;
  /** `sha256:<64 hex>`, when pinned. */
  digest?: string;
}

// Docker's reference grammar, simplified: an optional registry host (with a dot or a port, or
// `localhost`), then lowercase path components; a tag of up to 128 word characters; a sha256 digest.
const HOST = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::\\d+)?/)?';
const PATH = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*';
const REF = new RegExp(`^(${HOST}${PATH})(?::([\\w][\\w.-]{0,127}))?(?:@(sha256:[0-9a-f]{64}))?$`);

/** Parses an image reference, or returns why it is not one (for config errors). */
export function parseImageRef(value: string): ImageRef | { error: string } {
  const m = REF.exec(value);
  if (!m) {
    const hint = /@sha256:/.test(value)
      ? 'a digest is sha256: followed by 64 lowercase hex characters'
      : 'expected registry/repository[:tag][@sha256:<64 hex>]';
    return { error: `'${value}' is not a container image reference (${hint}), e.g. ghcr.io/unkeyed/unkey@sha256:${'0'.repeat(64)}` };
  }
  return { repository: m[1]!, ...(m[2] ? { tag: m[2] } : {}), ...(m[3] ? { digest: m[3] } : {}) };
}

/** True when `parseImageRef` failed. */
export function isImageError(r: ImageRef | { error: string }): r is { error: string } {
  return 'error' in r;
}

/** How to pin a tag: the command that prints its digest, for error messages. */
export function pinHint(ref: ImageRef): string {
  const tagged = `${ref.repository}:${ref.tag ?? 'latest'}`;
  return `pin it by digest: ${ref.repository}@sha256:<digest> (find the digest with \`docker buildx imagetools inspect ${tagged}\` or \`crane digest ${tagged}\`)`;
}
