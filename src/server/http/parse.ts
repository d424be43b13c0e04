import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError } from '../../core/errors';

/** Parses a JSON body with a zod schema; bad input is a 400 that names the field and changes nothing. */
export async function parseJsonBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new AppError('bad-request', 'body is not JSON', 'body');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = ['body', ...(issue?.path ?? []).map(String)].join('.');
    throw new AppError('bad-request', issue?.message ?? 'invalid body', field);
  }
  return parsed.data;
}
