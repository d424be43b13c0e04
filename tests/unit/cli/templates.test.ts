// samtale templates (issue 3 part 7): the templates in the chosen language or as JSON; bad input exits 2
// with a message naming the option and what was expected, and prints nothing on stdout.
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { ZTemplate } from '../../../src/core/templates/template';
import { fakeIo } from './fake-io';

async function run(...args: string[]) {
  const io = fakeIo();
  const code = await main(['templates', ...args], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

describe('samtale templates', () => {
  it('prints every template in bokmål by default, marking who answers each question', async () => {
    const { code, out, err } = await run();
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('Medarbeidersamtale (medarbeidersamtale, versjon 1)');
    expect(out).toContain('Oppfølgingssamtale i prøvetiden (oppfolging-provetid, versjon 1)');
    expect(out).toContain('Startsamtale (startsamtale, versjon 1)');
    expect(out).toContain('Sluttsamtale (sluttsamtale, versjon 1)');
    expect(out).toContain(
      '    - [begge] Hva har skjedd siden forrige samtale?\n      annual.forrige-samtale.skjedd-siden',
    );
    expect(out).toContain('[leder] Hva er medarbeiderens sterke sider?');
    expect(out).toContain('[medarbeider] Hvorfor har du valgt å slutte?');
  });

  it('shows the 001 checks, the authorisation condition and "Leders tilbakemelding"', async () => {
    const { out } = await run('--lang', 'nb');
    expect(out).toContain(
      '[leder] Er autorisasjonen kontrollert, og er vitnemålet mottatt? ' +
        '(ja / nei / ikke aktuelt; påkrevd; bare når stillingen krever autorisasjon)',
    );
    expect(out.match(/\* Leders tilbakemelding/g)).toHaveLength(4);
  });

  it('writes nynorsk with --lang nn', async () => {
    const { code, out } = await run('--lang', 'nn');
    expect(code).toBe(0);
    expect(out).toContain('Medarbeidarsamtale (medarbeidersamtale, versjon 1)');
    expect(out).toContain('[begge] Kva har skjedd sidan førre samtale?');
    expect(out).toContain('ja / nei / ikkje aktuelt');
    expect(out).toContain('* Leiars tilbakemelding');
    expect(out).not.toContain('Hva har skjedd');
  });

  it('writes English with --lang en', async () => {
    const { out } = await run('--lang=en');
    expect(out).toContain('Annual employee conversation (medarbeidersamtale, version 1)');
    expect(out).toContain('[employee] Why have you chosen to leave?');
    expect(out).toContain("* Leader's feedback");
  });

  it('prints the templates as data with --json, with every language', async () => {
    const { code, out } = await run('--json');
    expect(code).toBe(0);
    const templates = (JSON.parse(out) as unknown[]).map((t) => ZTemplate.parse(t));
    expect(templates.map((t) => `${t.id}@${t.version}`)).toEqual([
      'medarbeidersamtale@1',
      'oppfolging-provetid@1',
      'sluttsamtale@1',
      'startsamtale@1',
    ]);
    expect(templates[0]?.title).toEqual({
      nb: 'Medarbeidersamtale',
      nn: 'Medarbeidarsamtale',
      en: 'Annual employee conversation',
    });
  });

  it('refuses --lang de with exit 2, naming --lang and the allowed values, printing nothing on stdout', async () => {
    const { code, out, err } = await run('--lang', 'de');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe("samtale templates: --lang: expected one of nb, nn, en, got 'de'\n");
  });

  it('refuses an unknown option, a missing value and a stray argument with exit 2', async () => {
    for (const args of [['--kind', 'annual'], ['--lang'], ['annual']]) {
      const { code, out, err } = await run(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(err).toContain('samtale templates:');
    }
    expect((await run('--kind', 'annual')).err).toContain('--kind');
  });

  it('explains itself with --help', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    expect(out).toContain('Usage: samtale templates [--lang nb|nn|en] [--json]');
  });
});
