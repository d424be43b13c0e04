import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { fakeIo } from './fake-io';

interface JsonSchema {
  properties: Record<string, JsonSchema & { items?: JsonSchema; enum?: unknown[] }>;
  required?: string[];
}

async function schemaOf(name: string): Promise<JsonSchema> {
  const io = fakeIo();
  expect(await main(['schema', name], io)).toBe(0);
  return JSON.parse(io.out.join('')) as JsonSchema;
}

describe('samtale schema', () => {
  it('prints the org file format, generated from the zod schema', async () => {
    const org = await schemaOf('org');
    expect(org.required).toEqual(['people']);
    const absence = org.properties.absences?.items;
    expect(absence?.required).toEqual(['personId', 'from', 'to', 'writtenNoticeGiven']);
  });

  it('prints the policy format with the allowed intervals (002, 003)', async () => {
    const policy = await schemaOf('policy');
    expect(JSON.stringify(policy.properties.annual)).toContain('"const":24');
  });

  it('exits 2 for an unknown schema name', async () => {
    const io = fakeIo();
    expect(await main(['schema', 'people'], io)).toBe(2);
    expect(io.err.join('')).toContain("unknown schema 'people'");
  });
});
