// Validates an expanded card against Microsoft's Adaptive Cards 1.5 schema (../shared/schemas/), the version
// Teams renders, so a card the bot sends can never drift from what Teams accepts. Offline: the schema is a
// file in the workspace, and a missing file fails the run naming it (never a silent pass).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AnySchemaObject, ErrorObject, ValidateFunction } from 'ajv';
import Ajv from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import addFormats from 'ajv-formats';

export const SCHEMAS_DIR = path.resolve(import.meta.dirname, '../../../shared/schemas');
export const CARD_SCHEMA_PATH = path.join(SCHEMAS_DIR, 'adaptive-card-1.5.json');

let validator: ValidateFunction | undefined;

function loadValidator(): ValidateFunction {
  if (validator) return validator;
  if (!existsSync(CARD_SCHEMA_PATH)) {
    throw new Error(
      `${CARD_SCHEMA_PATH} is missing: copy schemas/1.5.0/adaptive-card.json from microsoft/AdaptiveCards there (see ../shared/schemas/README.md).`,
    );
  }
  // The published file says draft-06 but names itself with draft-04's "id"; ajv reads only "$id".
  const { id, ...schema } = JSON.parse(readFileSync(CARD_SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addMetaSchema(draft06 as AnySchemaObject);
  addFormats(ajv);
  validator = ajv.compile({ ...schema, $id: String(id) });
  return validator;
}

/** The schema errors of a card as "path: message" lines; empty when the card is valid. */
export function cardSchemaErrors(card: unknown): string[] {
  const validate = loadValidator();
  if (validate(card)) return [];
  return (validate.errors ?? []).map(
    (e: ErrorObject) => `${e.instancePath || '(root)'}: ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  );
}
