// The one place where errors become HTTP responses. Users get the code and a text in their language;
// the detail goes to the log only, never a stack trace or another person's data.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, type AppErrorCode } from '../../core/errors';
import { languageFromLocale } from '../../core/language';
import { ConflictError, UnstorableKeyError } from '../../ports/store';

export const HTTP_STATUS: Record<AppErrorCode, ContentfulStatusCode> = {
  'bad-request': 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-a-leader': 403,
  'not-found': 404,
  'not-a-samtale-meeting': 404,
  conflict: 409,
  'template-changed': 409,
  'slot-taken': 409,
  'upstream-unavailable': 503,
  'rate-limited': 429,
  internal: 500,
};

export interface ErrorBody {
  error: { code: AppErrorCode; message: string; field?: string };
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ConflictError) return new AppError('conflict', error.message);
  // an id no Store can hold reached a write: bad input (the path guard answers 404 before this for paths)
  if (error instanceof UnstorableKeyError) return new AppError('bad-request', error.message);
  return new AppError('internal', error instanceof Error ? (error.stack ?? error.message) : String(error));
}

export function errorResponse(c: Context, error: unknown, log: (line: string) => void) {
  const appError = toAppError(error);
  const status = HTTP_STATUS[appError.code];
  if (status >= 500) log(`${c.req.method} ${c.req.path} failed: ${appError.message}`);
  const language = languageFromLocale(c.req.header('accept-language')?.split(',')[0]);
  const body: ErrorBody = { error: { code: appError.code, message: appError.userMessage(language) } };
  if (appError.field) body.error.field = appError.field;
  return c.json(body, status);
}
