import { paginate, type GitHubApi } from './github-api.js';

/**
 * Deployments and deployment statuses for the loopback GitHub API, shaped like GitHub's REST
 * responses: list filters (sha, ref, environment), newest first, paginated; statuses newest first.
 */

export interface FakeDeployment {
  id: number;
  sha: string;
  ref: string;
  environment: string;
  description: string | null;
  payload: unknown;
  production_environment: boolean;
  created_at: string;
  statuses: FakeStatus[];
}

export interface FakeStatus {
  id: number;
  state: string;
  environment_url: string;
  log_url: string;
  description: string;
  created_at: string;
}

export interface DeploymentsStore {
  deployments: FakeDeployment[];
  /** Adds a finished deployment directly (fixtures for promotion checks). */
  seed(d: { sha: string; environment: string; states: string[]; payload?: unknown; ref?: string }): FakeDeployment;
}

const SHA = /^[0-9a-f]{40}$/;

/** Registers the deployments routes on `api`; `now` orders records (inject to control time). */
export function addDeploymentRoutes(
  api: GitHubApi,
  now: () => Date = (() => {
    let t = Date.parse('2026-01-01T00:00:00Z');
    return () => new Date((t += 1000));
  })(),
): DeploymentsStore {
  const store: DeploymentsStore = {
    deployments: [],
    seed: ({ sha, environment, states, payload = {}, ref = sha }) => {
      const d = newDeployment({ sha, ref, environment, payload, description: null, production_environment: false });
      for (const state of states) addStatus(d, { state });
      return d;
    },
  };
  let nextId = 1;
  let nextStatusId = 1;
  const newDeployment = (f: Omit<FakeDeployment, 'id' | 'created_at' | 'statuses'>): FakeDeployment => {
    const d: FakeDeployment = { ...f, id: nextId++, created_at: now().toISOString(), statuses: [] };
    store.deployments.push(d);
    return d;
  };
  const addStatus = (
    d: FakeDeployment,
    body: { state: string; environment_url?: string; log_url?: string; description?: string },
  ): FakeStatus => {
    const s: FakeStatus = {
      id: nextStatusId++,
      state: body.state,
      environment_url: body.environment_url ?? '',
      log_url: body.log_url ?? '',
      description: body.description ?? '',
      created_at: now().toISOString(),
    };
    d.statuses.unshift(s);
    return s;
  };
  const view = (d: FakeDeployment) => ({
    id: d.id,
    sha: d.sha,
    ref: d.ref,
    task: 'deploy',
    environment: d.environment,
    description: d.description,
    payload: d.payload,
    production_environment: d.production_environment,
    created_at: d.created_at,
    updated_at: d.created_at,
  });

  api.route('POST', /^\/repos\/[^/]+\/[^/]+\/deployments$/, (req) => {
    const b = (req.body ?? {}) as Record<string, unknown>;
    if (typeof b.ref !== 'string' || b.ref === '') return { status: 422, body: { message: 'Invalid request: "ref" is required' } };
    // The fake resolves only full SHAs; a branch name would need a git repository behind it.
    if (!SHA.test(b.ref)) return { status: 422, body: { message: `No ref found for: ${b.ref}` } };
    if (b.required_contexts === undefined) return { status: 409, body: { message: 'Conflict: Commit status checks failed for ' + b.ref } };
    const d = newDeployment({
      sha: b.ref,
      ref: b.ref,
      environment: typeof b.environment === 'string' ? b.environment : 'production',
      description: typeof b.description === 'string' ? b.description : null,
      payload: b.payload ?? {},
      production_environment: b.production_environment === true,
    });
    return { status: 201, body: view(d) };
  });

  api.route('GET', /^\/repos\/[^/]+\/[^/]+\/deployments$/, (req) => {
    const q = req.query;
    const list = store.deployments
      .filter(
        (d) =>
          (!q.get('sha') || d.sha === q.get('sha')) &&
          (!q.get('ref') || d.ref === q.get('ref')) &&
          (!q.get('environment') || d.environment === q.get('environment')),
      )
      .sort((a, b) => b.id - a.id)
      .map(view);
    return paginate(req, api.url, list);
  });

  api.route('POST', /^\/repos\/[^/]+\/[^/]+\/deployments\/(\d+)\/statuses$/, (req, [id]) => {
    const d = store.deployments.find((x) => x.id === Number(id));
    if (!d) return { status: 404, body: { message: 'Not Found' } };
    const b = (req.body ?? {}) as { state?: string; environment_url?: string; log_url?: string; description?: string };
    if (!b.state || !['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'].includes(b.state)) {
      return { status: 422, body: { message: `Invalid state: ${String(b.state)}` } };
    }
    return { status: 201, body: addStatus(d, b as FakeStatus) };
  });

  api.route('GET', /^\/repos\/[^/]+\/[^/]+\/deployments\/(\d+)\/statuses$/, (req, [id]) => {
    const d = store.deployments.find((x) => x.id === Number(id));
    if (!d) return { status: 404, body: { message: 'Not Found' } };
    return paginate(req, api.url, d.statuses);
  });

  return store;
}
