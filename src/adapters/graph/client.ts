// The Microsoft Graph client for every Graph adapter: graph.microsoft.com in production, the emulator in
// demo and tests. Only the base URL differs; the middleware chain is the SDK's own, except for the token.
import {
  Client,
  HTTPMessageHandler,
  RedirectHandler,
  RedirectHandlerOptions,
  RetryHandler,
  RetryHandlerOptions,
  TelemetryHandler,
} from '@microsoft/microsoft-graph-client';
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

export interface GraphClientOptions {
  /** the Graph root: 'https://graph.microsoft.com/' in production, the emulator's url in demo and tests */
  baseUrl: string;
  /** an access token for Graph; called per request, so cache inside (msal does) */
  getToken: () => Promise<string>;
  /**
   * how long one try may wait for Graph's answer (each retry gets its own); default 30 s. Without it a hung
   * connection holds the person's request (e.g. GET /api/team behind directReports) for ever; with it they
   * get 503 upstream-unavailable and a retry button.
   */
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

export function createGraphClient(options: GraphClientOptions): Client {
  const baseUrl = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  return Client.initWithMiddleware({
    baseUrl,
    defaultVersion: 'v1.0',
    middleware: [
      new BearerToken(new URL(baseUrl).origin, options.getToken),
      // RetryHandler honours Retry-After on 429 and 503, which Graph sends when throttling.
      new RetryHandler(new RetryHandlerOptions()),
      new RedirectHandler(new RedirectHandlerOptions()),
      new PerTryTimeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      new TelemetryHandler(),
      new HTTPMessageHandler(),
    ],
  });
}

/**
 * Puts the token on requests to the configured Graph origin and on no others. The SDK's own
 * AuthenticationHandler does this only for https Graph hosts, so it would send the emulator
 * (http://127.0.0.1) no token at all; matching the configured origin is the same rule for both.
 */
class BearerToken implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly origin: string,
    private readonly getToken: () => Promise<string>,
  ) {}

  async execute(context: Context): Promise<void> {
    if (typeof context.request === 'string') context.request = unnestAbsoluteLink(context.request);
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    const headers = (context.options ??= {}).headers;
    const plain = headers instanceof Headers || Array.isArray(headers) ? undefined : (headers ?? {});
    if (plain) context.options.headers = plain;
    if (new URL(url).origin === this.origin) {
      const value = `Bearer ${await this.getToken()}`;
      if (headers instanceof Headers) headers.set('Authorization', value);
      else if (plain) plain.Authorization = value;
    } else if (headers instanceof Headers) headers.delete('Authorization');
    else if (plain) delete plain.Authorization;
    if (!this.next) throw new Error('BearerToken is not the last middleware: it needs a next one');
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/**
 * A deadline per try, after the RetryHandler so each retry starts a fresh one. A caller's own signal (the
 * calendar's retry rule sets one per try) still applies: whichever ends first aborts the request, which the
 * SDK reports as a GraphError without a status (toGraphRequestError: status 0, 'NoResponse').
 */
class PerTryTimeout implements Middleware {
  private next: Middleware | undefined;
  private readonly callerSignals = new WeakMap<Context, AbortSignal | null | undefined>();

  constructor(private readonly ms: number) {}

  async execute(context: Context): Promise<void> {
    const options = (context.options ??= {});
    // the RetryHandler runs the same context again: keep the caller's signal, not the last try's
    if (!this.callerSignals.has(context)) this.callerSignals.set(context, options.signal);
    const caller = this.callerSignals.get(context);
    const deadline = AbortSignal.timeout(this.ms);
    options.signal = caller ? AbortSignal.any([caller, deadline]) : deadline;
    if (!this.next) throw new Error('PerTryTimeout is not the last middleware: it needs a next one');
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/**
 * The SDK strips the host only from https links (GraphRequest.parsePath), so api(nextLink) with an http
 * nextLink builds '<base>/v1.0/http://host/v1.0/users?...'. Take the inner link back out. Links from
 * graph.microsoft.com are https and never take this path.
 */
function unnestAbsoluteLink(url: string): string {
  return /^https?:\/\/[^/]+\/[^/]+\/(https?:\/\/.+)$/.exec(url)?.[1] ?? url;
}
