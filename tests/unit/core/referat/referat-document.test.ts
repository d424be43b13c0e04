// Issue 7: the referat document holds exactly what the archived PDF shows, from the signed content only.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { edit } from '../../../../src/core/referat/edit';
import { contentHash } from '../../../../src/core/referat/canonical';
import { referatDocument, ZReferatDocument } from '../../../../src/core/referat/referat-document';
import { getTemplate } from '../../../../src/core/templates/registry';
import { PRIVATE_NOTE, sampleReferat } from './sample-referat';

describe('referatDocument', () => {
  it('DESIGN §6: never carries the private notes, in any variant', () => {
    for (let variant = 0; variant < 6; variant++) {
      const { referat, context } = sampleReferat(variant);
      expect(referat.privateNotes.text).toBe(PRIVATE_NOTE);
      expect(JSON.stringify(referatDocument(referat, context))).not.toContain('PRIVAT-NOTAT');
    }
  });

  it('000 2.4: shows who, what was agreed, the plan and both signatures over the content hash', () => {
    const { referat, context } = sampleReferat(3);
    const doc = referatDocument(referat, context);
    expect(doc.employee).toEqual({
      name: 'Synnøve Bø',
      employeeNumber: '10045',
      position: 'Sykepleier',
      unit: 'Helse og omsorg, Sjøgløtt sykehjem',
    });
    expect(doc.conductor).toEqual({ name: 'Per Hansen', title: 'Avdelingsleder' });
    expect(doc.confidentiality).toBe('Unntatt offentlighet, offl. § 13 jf. fvl. § 13 første ledd nr. 1');
    expect(doc.sections[0]?.title).toBe('Oppfølging fra forrige samtale');
    expect(doc.actions.map((a) => a.responsible)).toEqual(['Per Hansen', 'HR, Bjørg Sæther', 'Per Hansen']);
    expect(doc.noSpecialActions).toBe(false);
    expect(doc.contentHash).toBe(contentHash(referat));
    expect(doc.signatures).toEqual([
      { name: 'Per Hansen', role: 'leader', at: '2026-03-30T12:00:00Z', contentHash: doc.contentHash },
      { name: 'Synnøve Bø', role: 'employee', at: '2026-03-31T06:15:00Z', contentHash: doc.contentHash },
    ]);
  });

  it('writes section titles, check questions and the marking in nynorsk', () => {
    const { referat, context } = sampleReferat(1);
    const doc = referatDocument(referat, { ...context, language: 'nn' });
    expect(doc.confidentiality).toBe('Unnateke frå innsyn, offl. § 13 jf. fvl. § 13 første ledd nr. 1');
    expect(doc.sections[0]?.title).toBe('Oppfølging frå førre samtale');
    expect(doc.checks[0]?.question).toMatch(/^Har du /);
  });

  it('leaves out approvals given for other text: they are void (approval.ts)', () => {
    const { referat, context } = sampleReferat(3);
    const changed = edit(referat, { type: 'section', sectionId: 'maal', agreedText: 'Endret etterpå.' });
    const doc = referatDocument(changed, context);
    expect(doc.signatures).toEqual([]);
    expect(doc.contentHash).toBe(contentHash(changed));
  });

  it('refuses a referat without a date, on another template, or with an unfinished plan', () => {
    const { referat, context } = sampleReferat(3);
    expect(() => referatDocument(edit(referat, { type: 'held-on', date: null }), context)).toThrow(
      expect.objectContaining({ code: 'bad-request', field: 'heldOn' }),
    );
    const other = { ...context, template: getTemplate('oppfolging-provetid', 1) };
    expect(() => referatDocument(referat, other)).toThrow(
      expect.objectContaining({ field: 'templateVersion' }),
    );
    const noPlan = { ...referat, actions: [], noSpecialActions: false };
    expect(() => referatDocument(noPlan, context)).toThrow(expect.objectContaining({ field: 'actions' }));
  });

  it('refuses an employee or conductor who is not the one of the referat', () => {
    const { referat, context } = sampleReferat(3);
    expect(() => referatDocument(referat, { ...context, employee: context.conductor })).toThrow(
      expect.objectContaining({ field: 'employeeId' }),
    );
  });
});

describe('ZReferatDocument', () => {
  it('accepts examples/referat.json, the sample of samtale render-referat', () => {
    const example: unknown = JSON.parse(
      readFileSync(new URL('../../../../examples/referat.json', import.meta.url), 'utf8'),
    );
    expect(ZReferatDocument.safeParse(example).success).toBe(true);
  });

  it('003 / 002: an action plan or "no special actions needed", never both, never neither', () => {
    const { referat, context } = sampleReferat(3);
    const doc = referatDocument(referat, context);
    const both = ZReferatDocument.safeParse({ ...doc, noSpecialActions: true });
    expect(both.error?.issues.map((i) => i.path)).toEqual([['noSpecialActions']]);
    const neither = ZReferatDocument.safeParse({ ...doc, actions: [] });
    expect(neither.error?.issues.map((i) => i.path)).toEqual([['actions']]);
  });
});
