// A table service that does not answer (restarting, unreachable, throttling, failing) as the product's one
// error type: the person is told to try again shortly (503 upstream-unavailable), the log gets the detail.
// Anything else (a 400 from the service is our bug) stays what it was and becomes 'internal'.
import { AppError } from '../../core/errors';

export class StoreUnavailableError extends AppError {
  constructor(
    /** e.g. 'put referats/<partition>' */
    readonly operation: string,
    /** the service's status; 0 when no answer came */
    readonly status: number,
    detail: string,
  ) {
    super('upstream-unavailable', `table service ${operation}: ${status || 'no answer'}: ${detail}`);
    this.name = 'StoreUnavailableError';
  }
}

// what the Node HTTP stack says when the service is not there or went away mid-request
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
  'REQUEST_SEND_ERROR',
]);

/** the same error as a StoreUnavailableError when it means the service is unavailable; otherwise unchanged */
export function asStoreUnavailable(error: unknown, operation: string): unknown {
  if (error instanceof AppError || typeof error !== 'object' || error === null) return error;
  const { statusCode, code, name, message } = error as {
    statusCode?: unknown;
    code?: unknown;
    name?: unknown;
    message?: unknown;
  };
  const detail = typeof message === 'string' ? message.split('\n')[0]! : String(code ?? name);
  if (typeof statusCode === 'number' && statusCode > 0) {
    // 408 and 429: the service asks us to slow down or it timed out; 5xx: it failed
    const unavailable = statusCode === 408 || statusCode === 429 || statusCode >= 500;
    return unavailable ? new StoreUnavailableError(operation, statusCode, detail) : error;
  }
  // no status: no answer at all (refused, reset, our own per-try timeout aborting the request)
  if (name === 'AbortError' || (typeof code === 'string' && NETWORK_CODES.has(code))) {
    return new StoreUnavailableError(operation, 0, detail);
  }
  return error;
}
