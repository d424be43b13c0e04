import { describe, expect, it } from 'vitest';
import { referatCopyMail, waitingText } from '../../../src/core/archive-texts';

describe('the employee copy mail', () => {
  it('is in the employee’s language, with the kind in its definite form (003: kopi til medarbeider)', () => {
    const input = { kind: 'annual', employeeName: 'Kari', conductorName: 'Per' } as const;
    expect(referatCopyMail({ ...input, language: 'nb' }).subject).toBe('Referat fra medarbeidersamtalen');
    expect(referatCopyMail({ ...input, language: 'nn' }).subject).toBe('Referat frå medarbeidarsamtalen');
    expect(referatCopyMail({ ...input, kind: 'probation-followup', language: 'nb' }).subject).toBe(
      'Referat fra oppfølgingssamtalen i prøvetiden',
    );
  });

  it('escapes names, so a name cannot inject markup into the mail', () => {
    const mail = referatCopyMail({
      language: 'en',
      kind: 'exit',
      employeeName: '<b>Ola</b>',
      conductorName: 'Per & Pål',
    });
    expect(mail.html).not.toContain('<b>');
    expect(mail.html).toContain('Per &#38; Pål');
  });

  it('gives the leader a reason in each language', () => {
    expect(waitingText('archive-unavailable', 'nn')).toContain('svarar ikkje');
  });
});
