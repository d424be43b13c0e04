// samtale templates [--lang nb|nn|en] [--json]: the conversation templates, for a leader or HR to read
// before a round, or as data (--json, every language) for other tools.
import { ZLanguage, type Language } from '../../core/org';
import { listTemplates } from '../../core/templates/registry';
import type { Audience, Condition, Question, Template } from '../../core/templates/template';
import { EXIT, UsageError, type Command } from '../io';
import { parseOptions } from '../parse-options';

const USAGE = [
  'Usage: samtale templates [--lang nb|nn|en] [--json]',
  '',
  '  --lang   language of the texts (default nb)',
  '  --json   the templates as JSON, with the texts in every language',
  '',
].join('\n');

interface Labels {
  version: string;
  audience: Record<Audience, string>;
  check: string;
  required: string;
  onlyWhen: Record<Condition, string>;
  leaderFeedback: string;
}

const LABELS: Record<Language, Labels> = {
  nb: {
    version: 'versjon',
    audience: { employee: 'medarbeider', leader: 'leder', both: 'begge' },
    check: 'ja / nei / ikke aktuelt',
    required: 'påkrevd',
    onlyWhen: { 'requires-authorisation': 'bare når stillingen krever autorisasjon' },
    leaderFeedback: 'Leders tilbakemelding',
  },
  nn: {
    version: 'versjon',
    audience: { employee: 'medarbeidar', leader: 'leiar', both: 'begge' },
    check: 'ja / nei / ikkje aktuelt',
    required: 'påkravd',
    onlyWhen: { 'requires-authorisation': 'berre når stillinga krev autorisasjon' },
    leaderFeedback: 'Leiars tilbakemelding',
  },
  en: {
    version: 'version',
    audience: { employee: 'employee', leader: 'leader', both: 'both' },
    check: 'yes / no / not relevant',
    required: 'required',
    onlyWhen: { 'requires-authorisation': 'only when the position requires authorisation' },
    leaderFeedback: "Leader's feedback",
  },
};

function questionLine(question: Question, language: Language): string {
  const labels = LABELS[language];
  const notes = [
    question.type === 'check' ? labels.check : null,
    question.required ? labels.required : null,
    question.onlyWhen ? labels.onlyWhen[question.onlyWhen] : null,
  ].filter((note) => note !== null);
  const suffix = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  return `    - [${labels.audience[question.audience]}] ${question.text[language]}${suffix}\n      ${question.id}`;
}

export function templateText(template: Template, language: Language): string {
  const labels = LABELS[language];
  const lines = [`${template.title[language]} (${template.id}, ${labels.version} ${template.version})`];
  template.sections.forEach((section, i) => {
    lines.push(`  ${i + 1}. ${section.title[language]}`);
    for (const question of section.questions) lines.push(questionLine(question, language));
    if (section.leaderFeedback) lines.push(`    * ${labels.leaderFeedback}`);
  });
  return `${lines.join('\n')}\n`;
}

function parse(args: string[]): { language: Language; json: boolean; help: boolean } {
  const values = parseOptions(args, {
    lang: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  const language = ZLanguage.safeParse(values.lang ?? 'nb');
  if (!language.success) {
    throw new UsageError(`--lang: expected one of ${ZLanguage.options.join(', ')}, got '${values.lang}'`);
  }
  return { language: language.data, json: values.json ?? false, help: values.help ?? false };
}

export const templates: Command = async (args, io) => {
  const options = parse(args);
  if (options.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (options.json) {
    io.stdout(`${JSON.stringify(listTemplates(), null, 2)}\n`);
    return EXIT.ok;
  }
  io.stdout(
    listTemplates()
      .map((template) => templateText(template, options.language))
      .join('\n'),
  );
  return EXIT.ok;
};
