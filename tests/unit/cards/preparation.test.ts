// The preparation form as a card (004's employee column) and the view it becomes after submit.
import { describe, expect, it } from 'vitest';
import { cardFitsInTeams } from '../../../src/cards/card';
import { preparationFormCard } from '../../../src/cards/preparation-form';
import { preparationSentCard } from '../../../src/cards/preparation-sent';
import { MAX_ANSWER_LENGTH } from '../../../src/core/preparation/preparation';
import { allQuestions, ZTemplate } from '../../../src/core/templates/template';
import { hasText, ofType } from './card-query';
import { EMPLOYEE, preparationForm, preparationSent } from './examples';

const text = (nb: string) => ({ nb, nn: `${nb} (nn)`, en: `${nb} (en)` });

// A small template with each kind of question the form must handle.
const template = ZTemplate.parse({
  id: 'testsamtale',
  version: 1,
  kind: 'probation-followup',
  title: text('Testsamtale'),
  source: ['001 Oppfølgingssamtale'],
  sections: [
    {
      id: 'start',
      title: text('Oppstart'),
      questions: [
        {
          id: 'test.start.hvordan',
          type: 'text',
          audience: 'employee',
          text: text('Hvordan har starten vært?'),
          required: true,
        },
        {
          id: 'test.start.rutiner',
          type: 'check',
          audience: 'both',
          text: text('Kjenner du rutinene?'),
          hint: text('Brann, avvik, taushetsplikt'),
        },
        { id: 'test.start.leder', type: 'text', audience: 'leader', text: text('Lederens vurdering') },
        {
          id: 'test.start.hpr',
          type: 'check',
          audience: 'employee',
          text: text('Er autorisasjonen sjekket i HPR?'),
          onlyWhen: 'requires-authorisation',
        },
      ],
    },
    {
      id: 'leder',
      title: text('Bare for leder'),
      questions: [{ id: 'test.leder.notat', type: 'text', audience: 'leader', text: text('Notat') }],
    },
  ],
});

const form = (over: Partial<typeof preparationForm> = {}) =>
  preparationFormCard({ ...preparationForm, template, answers: {}, ...over }, 'nb');

describe('preparation form card', () => {
  it("asks the employee's questions only, leaving out the leader's and sections with none for the employee", () => {
    const card = form();
    const ids = [...ofType(card, 'Input.Text'), ...ofType(card, 'Input.ChoiceSet')].map((i) => i.id);
    expect(ids.sort()).toEqual(['test.start.hvordan', 'test.start.rutiner']);
    expect(hasText(card, 'Bare for leder')).toBe(false);
  });

  it('asks a question that depends on the position only when it applies (001: authorisation)', () => {
    const card = form({ conditions: ['requires-authorisation'] });
    expect(ofType(card, 'Input.ChoiceSet').map((i) => i.id)).toContain('test.start.hpr');
  });

  it('makes a text question a multi-line input and a check question Ja / Nei / Ikke aktuelt, expanded', () => {
    const card = form();
    expect(ofType(card, 'Input.Text')[0]).toMatchObject({
      label: 'Hvordan har starten vært?',
      isMultiline: true,
    });
    expect(ofType(card, 'Input.ChoiceSet')[0]).toMatchObject({
      label: 'Kjenner du rutinene?',
      style: 'expanded',
      choices: [
        { title: 'Ja', value: 'yes' },
        { title: 'Nei', value: 'no' },
        { title: 'Ikke aktuelt', value: 'not-relevant' },
      ],
    });
    expect(hasText(card, 'Brann, avvik, taushetsplikt')).toBe(true);
  });

  it('marks a required question with an error message, and only that one', () => {
    const card = form();
    expect(ofType(card, 'Input.Text')[0]).toMatchObject({
      isRequired: true,
      errorMessage: 'Dette spørsmålet må besvares før du sender inn.',
    });
    expect(ofType(card, 'Input.ChoiceSet')[0]?.isRequired).toBe(false);
  });

  it('opens with the saved draft', () => {
    const card = form({
      answers: { 'test.start.hvordan': 'Bra, takk – mye å lære.', 'test.start.rutiner': 'no' },
    });
    expect(ofType(card, 'Input.Text')[0]?.value).toBe('Bra, takk – mye å lære.');
    expect(ofType(card, 'Input.ChoiceSet')[0]?.value).toBe('no');
  });

  it('has submit and save draft, each carrying the conversation, card version and answers version, and refreshes for the employee', () => {
    const card = form({ etag: 'W/"7"' });
    expect(card.actions).toEqual([
      expect.objectContaining({
        verb: 'preparation.submit',
        data: { conversationId: 'c-42', cardVersion: 3, etag: 'W/"7"' },
      }),
      expect.objectContaining({
        verb: 'preparation.save-draft',
        data: { conversationId: 'c-42', cardVersion: 3, etag: 'W/"7"' },
      }),
    ]);
    expect(card.refresh).toMatchObject({ userIds: [EMPLOYEE] });
  });

  it("shows the leader's special topics from the invitation above the questions (002), and no heading without them", () => {
    expect(hasText(form({ specialTopics: 'Turnus og «vakter»' }), 'Turnus og «vakter»')).toBe(true);
    expect(hasText(form({ specialTopics: 'Turnus' }), 'Tema lederen vil ta opp')).toBe(true);
    expect(hasText(form({ specialTopics: '' }), 'Tema lederen vil ta opp')).toBe(false);
  });

  it('says above the questions when the answers changed elsewhere, and nothing otherwise', () => {
    const changed = 'Forberedelsen ble endret et annet sted';
    expect(hasText(form({ message: `${changed} (i fanen).` }), `${changed} (i fanen).`)).toBe(true);
    expect(JSON.stringify(form())).not.toContain(changed);
  });

  it('uses the question texts of the language', () => {
    expect(
      hasText(preparationFormCard({ ...preparationForm, template }, 'en'), 'Hvordan har starten vært? (en)'),
    ).toBe(true);
  });
});

describe('preparation sent card', () => {
  it('shows what was sent, check answers in words, and says which were left open', () => {
    const card = preparationSentCard(
      {
        ...preparationSent,
        template,
        answers: { 'test.start.hvordan': 'Bra.', 'test.start.rutiner': 'not-relevant' },
      },
      'nb',
    );
    expect(hasText(card, 'Forberedelsen er sendt')).toBe(true);
    expect(hasText(card, 'Du sendte inn onsdag 25. november 2026 kl. 14:05.')).toBe(true);
    expect(hasText(card, 'Bra.')).toBe(true);
    expect(hasText(card, 'Ikke aktuelt')).toBe(true);
    expect(hasText(card, 'Lederens vurdering')).toBe(false);
    const open = preparationSentCard({ ...preparationSent, template, answers: {} }, 'nb');
    expect(hasText(open, 'Ikke besvart')).toBe(true);
  });

  it('stays within what Teams delivers when every answer is as long as allowed, cutting long answers', () => {
    const full = Object.fromEntries(
      allQuestions(preparationSent.template).map(({ question }) => [
        question.id,
        'å'.repeat(MAX_ANSWER_LENGTH),
      ]),
    );
    const card = preparationSentCard({ ...preparationSent, answers: full }, 'nn');
    expect(cardFitsInTeams(card)).toBe(true);
    expect(hasText(card, `${'å'.repeat(599)}…`)).toBe(true);
    // the form cannot cut a draft (saving it would lose text), so the bot checks and sends the tab link instead
    expect(cardFitsInTeams(preparationFormCard({ ...preparationForm, answers: full }, 'nn'))).toBe(false);
    expect(cardFitsInTeams(preparationFormCard(preparationForm, 'nn'))).toBe(true);
  });

  it('is a view for the employee alone, with no inputs', () => {
    const card = preparationSentCard(preparationSent, 'nb');
    expect(card.refresh).toMatchObject({ userIds: [EMPLOYEE] });
    expect(ofType(card, 'Input.Text')).toEqual([]);
    expect(ofType(card, 'Input.ChoiceSet')).toEqual([]);
  });
});
