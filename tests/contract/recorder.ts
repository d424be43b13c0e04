// Hand `onExchange: recorder.record` to any test that starts the Graph emulator, then call
// `recorder.assertAllValid()` at the end: every request and response body it saw is held against
// Graph's metadata, and every route against Graph's entity container.
import { z } from 'zod';
import type { GraphExchange } from '../../src/demo/graph-emulator';
import { validateAgainstCsdl, validateOperationBody } from './csdl';
import { checkBinds } from './csdl-bind';
import { resolveGraphPath, typeFits } from './csdl-path';
import { checkQueryOptions } from './csdl-query';

// Graph's error body (it is not in the CSDL: OData defines it for every service).
const ZGraphErrorBody = z.strictObject({
  error: z.object({
    code: z.string().min(1),
    message: z.string(),
    innerError: z.record(z.string(), z.unknown()).optional(),
  }),
});

// JSON batching (/$batch) is OData's, not in the CSDL either: the envelopes are checked here, and each inner
// request and answer is recorded as an exchange of its own (the emulator runs them through its routes).
const ZBatchRequestBody = z.strictObject({
  requests: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        method: z.enum(['GET', 'POST', 'PATCH', 'PUT', 'DELETE']),
        url: z.string().regex(/^\/?(users|me|places|groups|sites|drives)\b/, 'a relative Graph url'),
        headers: z.record(z.string(), z.string()).optional(),
        body: z.unknown().optional(),
        dependsOn: z.array(z.string()).optional(),
      }),
    )
    .min(1)
    .max(20),
});
const ZBatchResponseBody = z.strictObject({
  responses: z.array(
    z.strictObject({
      id: z.string().min(1),
      status: z.number().int().min(100).max(599),
      headers: z.record(z.string(), z.string()).optional(),
      body: z.unknown().optional(),
    }),
  ),
});
const BATCH_PATH = '/v1.0/$batch';

function checkBatch(e: GraphExchange): string[] {
  const where = `${e.method} ${e.url}`;
  const out: string[] = [];
  const request = ZBatchRequestBody.safeParse(e.requestBody);
  if (!request.success)
    out.push(`${where}: batch request: ${request.error.issues.map(issueText).join('; ')}`);
  const response = ZBatchResponseBody.safeParse(e.responseBody);
  if (!response.success)
    return [...out, `${where}: batch response: ${response.error.issues.map(issueText).join('; ')}`];
  const asked = new Set(request.success ? request.data.requests.map((r) => r.id) : []);
  for (const item of response.data.responses) {
    if (!asked.has(item.id)) out.push(`${where}: batch response id ${item.id} answers no request`);
    if (item.status >= 400 && !ZGraphErrorBody.safeParse(item.body).success)
      out.push(`${where}: batch response ${item.id}: error body is not Graph's { error: { code, message } }`);
  }
  return out;
}

function issueText(issue: z.core.$ZodIssue): string {
  return `${issue.path.join('.')}: ${issue.message}`;
}

export interface GraphRecorder {
  /** pass as onExchange */
  record: (exchange: GraphExchange) => void;
  readonly exchanges: readonly GraphExchange[];
  /** every contract violation seen so far, each line naming the request and the property */
  violations(): string[];
  /** throws listing the violations; also throws when nothing was recorded (a check of nothing proves nothing) */
  assertAllValid(): void;
  /** 'GET /v1.0/users/{id} -> microsoft.graph.user (200)', one line per distinct kind of exchange */
  checkedRequests(): string[];
}

export function createGraphRecorder(): GraphRecorder {
  const exchanges: GraphExchange[] = [];
  const violations = () => exchanges.flatMap(checkExchange);
  return {
    record: (exchange) => exchanges.push(exchange),
    exchanges,
    violations,
    assertAllValid() {
      if (exchanges.length === 0) throw new Error('no Graph exchanges were recorded: was onExchange passed?');
      const found = violations();
      if (found.length > 0) throw new Error(`Graph contract violations:\n  ${found.join('\n  ')}`);
    },
    checkedRequests() {
      const lines = exchanges.map((e) => {
        const request = e.requestBody === null ? '' : ` [body ${e.requestType ?? 'action parameters'}]`;
        return `${e.method} ${e.path}${request} -> ${e.responseType ?? 'no body'} (${e.status})`;
      });
      return [...new Set(lines)].sort();
    },
  };
}

/** every way one exchange breaks the Graph contract */
export function checkExchange(e: GraphExchange): string[] {
  const where = `${e.method} ${e.url}`;
  if (e.path === BATCH_PATH && e.status < 400) return checkBatch(e);
  if (e.status >= 400) {
    const body = ZGraphErrorBody.safeParse(e.responseBody);
    const bad = body.success ? [] : [`${where}: error body is not Graph's { error: { code, message } }`];
    return e.responseType === 'odata.error'
      ? bad
      : [...bad, `${where}: error response typed ${e.responseType}`];
  }
  let resolved;
  try {
    resolved = resolveGraphPath(e.path);
  } catch (error) {
    return [`${where}: ${(error as Error).message}`];
  }
  const out: string[] = [];
  if (e.requestBody !== null && e.requestType !== STREAM) {
    if (resolved.operation) out.push(...validateOperationBody(resolved.operation, e.requestBody));
    else if (!e.requestType) out.push(`${where}: request body without a recorded requestType`);
    else
      out.push(
        ...validateAgainstCsdl(e.requestType, e.requestBody),
        ...checkBinds(e.requestType, e.requestBody),
      );
  }
  if (!resolved.operation) out.push(...checkQueryOptions(e.url, resolved.type));
  if (e.responseBody !== null) out.push(...checkResponse(e, resolved.type, resolved.operation !== null));
  return out.map((line) => `${where}: ${line}`.replace(`${where}: ${where}`, where));
}

// A file's bytes (driveItem content) are not JSON: routes type such a body Edm.Stream, and it is not held
// to the CSDL; a stream response must still come from a path that is a stream.
const STREAM = 'Edm.Stream';

function checkResponse(e: GraphExchange, path: string, isOperation: boolean): string[] {
  if (!e.responseType) return ['response body without a recorded responseType'];
  if (e.responseType === STREAM)
    return path === STREAM ? [] : [`stream response, but the path gives ${path}`];
  // POST to a collection creates one member and answers with it (OData 4.01 part 1, 11.4.2); an action
  // (getSchedule) answers with its declared return type, a collection included.
  const member = e.method === 'POST' && !isOperation ? /^Collection\((.+)\)$/.exec(path)?.[1] : undefined;
  const declared = member ?? path;
  if (!typeFits(e.responseType, declared))
    return [`response typed ${e.responseType}, but the path gives ${declared}`];
  const item = /^Collection\((.+)\)$/.exec(e.responseType)?.[1];
  if (!item) return validateAgainstCsdl(e.responseType, e.responseBody);
  const envelope = z.looseObject({ value: z.array(z.unknown()) }).safeParse(e.responseBody);
  if (!envelope.success) return ['collection response without a value array'];
  const extra = Object.keys(envelope.data).filter((k) => k !== 'value' && !k.startsWith('@odata.'));
  return [
    ...extra.map((k) => `collection response has ${k} beside value`),
    ...validateAgainstCsdl(item, envelope.data.value, { collection: true }),
  ];
}
