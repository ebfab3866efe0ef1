import type { Diagnostic, PropertyDiff, ResourceChange, ResourceOp } from './types.js';

/**
 * The subset of the Automation API's engine events the results are built from. Declared here so this
 * pure module never loads @pulumi/pulumi; the SDK's `EngineEvent` is structurally compatible.
 */
export interface EngineEventLike {
  diagnosticEvent?: { urn?: string; message: string; severity: string; ephemeral?: boolean };
  resourcePreEvent?: { metadata: StepMetadataLike };
  resOpFailedEvent?: { metadata: StepMetadataLike };
  summaryEvent?: { resourceChanges?: Record<string, number> };
  cancelEvent?: object;
  policyEvent?: { message: string; enforcementLevel: string; resourceUrn?: string; policyName: string };
}

interface StepMetadataLike {
  op: string;
  urn: string;
  type: string;
  keys?: string[];
  diffs?: string[];
  detailedDiff?: Record<string, unknown>;
}

/** Steps that never show as a change of their own: the `replace` step stands for them. */
const HIDDEN_OPS = new Set(['same', 'read', 'create-replacement', 'delete-replaced', 'discard-replaced', 'remove-pending-replace']);
const REPLACE_OPS = new Set(['replace', 'create-replacement', 'delete-replaced']);

/** What one operation's events say: counts, changed resources, diagnostics. */
export interface EventDigest {
  counts: Partial<Record<ResourceOp, number>>;
  changes: ResourceChange[];
  diagnostics: Diagnostic[];
  cancelled: boolean;
}

/** Folds engine events, in order, into an {@link EventDigest}. */
export class EventCollector {
  private readonly changes = new Map<string, ResourceChange>();
  private readonly diagnostics: Diagnostic[] = [];
  private summary?: Record<string, number>;
  private cancelled = false;

  /** `properties`: also keep each change's detailed property paths (drift reports show them). */
  constructor(private readonly options: { properties?: boolean } = {}) {}

  add(event: EngineEventLike): void {
    const step = event.resourcePreEvent?.metadata;
    if (step && !HIDDEN_OPS.has(step.op)) {
      const diffKeys = topLevel(step.diffs ?? Object.keys(step.detailedDiff ?? {}));
      if (step.op !== 'refresh' || diffKeys.length > 0) {
        // A refreshing preview sends a resource twice (its refresh, then the step that would undo
        // the drift): keep the later step and every key either of them names.
        const earlier = this.changes.get(step.urn);
        const properties = this.options.properties ? mergeProperties(earlier?.properties, propertyDiffs(step.detailedDiff)) : [];
        this.changes.set(step.urn, {
          type: step.type,
          name: step.urn.split('::').pop() ?? step.urn,
          urn: step.urn,
          op: step.op as ResourceOp,
          diffKeys: [...new Set([...(earlier?.diffKeys ?? []), ...diffKeys])],
          replaceKeys: REPLACE_OPS.has(step.op) ? topLevel(step.keys ?? []) : [],
          ...(properties.length > 0 ? { properties } : {}),
        });
      }
    }
    const d = event.diagnosticEvent;
    if (d && !d.ephemeral) {
      const severity = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'info';
      this.diagnostics.push({ severity, message: d.message.trimEnd(), ...(d.urn ? { urn: d.urn } : {}) });
    }
    const p = event.policyEvent;
    if (p)
      this.diagnostics.push({
        severity: p.enforcementLevel === 'mandatory' ? 'error' : 'warning',
        message: `policy ${p.policyName}: ${p.message.trimEnd()}`,
        ...(p.resourceUrn ? { urn: p.resourceUrn } : {}),
      });
    if (event.summaryEvent) this.summary = event.summaryEvent.resourceChanges ?? {};
    if (event.cancelEvent) this.cancelled = true;
  }

  digest(): EventDigest {
    const counts: Partial<Record<ResourceOp, number>> = {};
    if (this.summary) {
      for (const [op, n] of Object.entries(this.summary)) if (n > 0) counts[op as ResourceOp] = n;
    } else {
      for (const c of this.changes.values()) counts[c.op] = (counts[c.op] ?? 0) + 1;
    }
    return { counts, changes: [...this.changes.values()], diagnostics: [...this.diagnostics], cancelled: this.cancelled };
  }
}

/** The detailed diff's paths and kinds (`{"tags.team": {diffKind: "update"}}`). */
function propertyDiffs(detailed: Record<string, unknown> | undefined): PropertyDiff[] {
  return Object.entries(detailed ?? {}).map(([path, d]) => ({
    path,
    kind: String((d as { diffKind?: unknown } | null)?.diffKind ?? 'update'),
  }));
}

function mergeProperties(a: PropertyDiff[] = [], b: PropertyDiff[]): PropertyDiff[] {
  const byPath = new Map(a.map((p) => [p.path, p]));
  for (const p of b) byPath.set(p.path, p);
  return [...byPath.values()];
}

/** `tags.team` and `tags["a"]` → `tags`: people review top-level keys. */
function topLevel(keys: string[]): string[] {
  return [...new Set(keys.map((k) => k.split(/[.[]/)[0]).filter((k) => k !== ''))];
}

/** Stack outputs with every secret replaced by `[secret]`, so results can be logged and posted. */
export function maskOutputs(outputs: Record<string, { value: unknown; secret: boolean }>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(outputs).map(([k, o]) => [k, o.secret ? '[secret]' : o.value]));
}
