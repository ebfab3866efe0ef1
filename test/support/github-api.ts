import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback GitHub REST API for tests: real HTTP, real pagination (Link headers), injectable
 * faults. Route modules (PR files here; comments, deployments elsewhere) register handlers.
 */

export interface ApiRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface ApiResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (req: ApiRequest, params: string[]) => ApiResponse | Promise<ApiResponse>;

export interface Fault {
  /** Only requests whose "METHOD path" matches. */
  match?: RegExp;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many matching requests fail before the fault clears. */
  times: number;
  /** Serve the request first, then answer with the fault: a write whose answer was lost. */
  after?: boolean;
}

export interface PullFile {
  filename: string;
  status: string;
  previous_filename?: string;
}

export interface GitHubApi {
  url: string;
  /** Every request served, in order ("GET /repos/o/r/pulls/1/files?page=2"). */
  log: string[];
  pulls: Map<number, { files: PullFile[] }>;
  route(method: string, pattern: RegExp, handler: Handler): void;
  fault(f: Fault): void;
  /** Rejects tokens not in this set with 401 when set. */
  tokens?: Set<string>;
  close(): Promise<void>;
}

/** Pages a list the way GitHub does: `per_page` (max 100), `page`, and a Link header. */
export function paginate<T>(req: ApiRequest, baseUrl: string, items: T[], cap = Infinity): ApiResponse {
  const perPage = Math.min(Number(req.query.get('per_page') ?? 30) || 30, 100);
  const page = Math.max(Number(req.query.get('page') ?? 1) || 1, 1);
  const visible = items.slice(0, cap);
  const last = Math.max(1, Math.ceil(visible.length / perPage));
  const slice = visible.slice((page - 1) * perPage, page * perPage);
  const link = (p: number, rel: string) => {
    const q = new URLSearchParams(req.query);
    q.set('page', String(p));
    q.set('per_page', String(perPage));
    return `<${baseUrl}${req.path}?${q}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
  return { status: 200, body: slice, headers: links.length ? { link: links.join(', ') } : {} };
}

export async function startGitHubApi(): Promise<GitHubApi> {
  const routes: { method: string; pattern: RegExp; handler: Handler }[] = [];
  const faults: Fault[] = [];
  const api: GitHubApi = {
    url: '',
    log: [],
    pulls: new Map(),
    route: (method, pattern, handler) => void routes.push({ method, pattern, handler }),
    fault: (f) => void faults.push({ ...f }),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };

  // GitHub's files API stops at 3,000 files however many pages are asked for.
  api.route('GET', /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/, (req, [n]) => {
    const pr = api.pulls.get(Number(n));
    if (!pr) return { status: 404, body: { message: 'Not Found' } };
    return paginate(req, api.url, pr.files, 3000);
  });

  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const method = req.method ?? 'GET';
    api.log.push(`${method} ${url.pathname}${url.search}`);
    const send = (r: ApiResponse) => {
      res.writeHead(r.status, { 'content-type': 'application/json; charset=utf-8', ...(r.headers ?? {}) });
      res.end(r.body === undefined ? '' : JSON.stringify(r.body));
    };
    if (api.tokens) {
      const token = (req.headers.authorization ?? '').replace(/^(token|bearer)\s+/i, '');
      if (!api.tokens.has(token)) return send({ status: 401, body: { message: 'Bad credentials' } });
    }
    const fault = faults.find((f) => f.times > 0 && (!f.match || f.match.test(`${method} ${url.pathname}`)));
    if (fault) fault.times--;
    const faulty = () =>
      send({ status: fault!.status, body: fault!.body ?? { message: `injected ${fault!.status}` }, headers: fault!.headers });
    if (fault && !fault.after) return faulty();
    for (const r of routes) {
      const m = r.method === method ? r.pattern.exec(url.pathname) : null;
      if (!m) continue;
      try {
        const body = raw ? JSON.parse(raw) : undefined;
        const answer = await r.handler({ method, path: url.pathname, query: url.searchParams, headers: req.headers, body }, m.slice(1));
        return fault ? faulty() : send(answer);
      } catch (err) {
        return send({ status: 500, body: { message: (err as Error).message } });
      }
    }
    send({ status: 404, body: { message: `No route for ${method} ${url.pathname}` } });
  };
  // node:http ignores the handler's promise; serve() answers every request itself.
  const server = createServer((req, res) => void serve(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return api;
}
