// The referat's page layout as a pdfmake document definition: a municipal letter, not a form. Header on
// every page with the confidentiality marking (000 2.4: offl. § 13); then who and when, the checks, the
// agreed text by section, the action plan (002, 004) or "no special actions needed" (003), and the
// signature log with the content hash that each approval signed.
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { REFERAT_LABELS, type ReferatLabels } from '../../core/referat/document-labels';
import type { ReferatDocument } from '../../core/referat/referat-document';
import { formatDay, formatInstant, pdfLanguageTag } from './pdf-dates';

const INK = '#1f2328';
const MUTED = '#59636e';
const MARK = '#a4262c';
const RULE = '#c9ced4';

/** A thin, quiet table layout: rules between rows only. */
const QUIET = {
  hLineWidth: (i: number) => (i === 0 ? 0 : 0.5),
  vLineWidth: () => 0,
  hLineColor: () => RULE,
  paddingLeft: (i: number) => (i === 0 ? 0 : 6),
  paddingRight: () => 6,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

function heading(text: string): Content {
  return { text, style: 'h2' };
}

function facts(doc: ReferatDocument, l: ReferatLabels): Content {
  const row = (label: string, value: string): TableCell[] => [{ text: label, color: MUTED }, { text: value }];
  const employee = `${doc.employee.name} (${l.employeeNumber.toLowerCase()} ${doc.employee.employeeNumber})`;
  return {
    table: {
      widths: [110, '*'],
      body: [
        row(l.employee, employee),
        row(l.position, doc.employee.position),
        row(l.unit, doc.employee.unit),
        row(l.conductor, `${doc.conductor.name}, ${doc.conductor.title}`),
        row(l.kind, l.kinds[doc.kind]),
        row(l.date, formatDay(doc.date)),
      ],
    },
    layout: QUIET,
    margin: [0, 0, 0, 6],
  };
}

function checks(doc: ReferatDocument, l: ReferatLabels): Content[] {
  if (doc.checks.length === 0) return [];
  const body = doc.checks.map((c): TableCell[] => [
    c.question,
    { text: c.answer === null ? l.unanswered : l.answers[c.answer], bold: true },
  ]);
  return [heading(l.checks), { table: { widths: ['*', 80], body }, layout: QUIET }];
}

function paragraph(text: string, empty: string): Content {
  return { text: text.trim() || empty, margin: [0, 0, 0, 4] };
}

function sections(doc: ReferatDocument, l: ReferatLabels): Content[] {
  return doc.sections.flatMap((section): Content[] => {
    const out: Content[] = [heading(section.title), paragraph(section.agreedText, l.empty)];
    if (section.leaderFeedback !== null) {
      out.push({ text: l.leaderFeedback, style: 'h3' }, paragraph(section.leaderFeedback, l.empty));
    }
    return out;
  });
}

function actionPlan(doc: ReferatDocument, l: ReferatLabels): Content[] {
  if (doc.noSpecialActions) return [heading(l.actionPlan), { text: l.noSpecialActions }];
  const header: TableCell[] = [l.what, l.responsible, l.deadline, l.sharedNeed].map((text) => ({
    text,
    style: 'th',
  }));
  const rows = doc.actions.map((a): TableCell[] => [
    a.what,
    a.responsible,
    { text: formatDay(a.deadline), noWrap: true },
    a.sharedNeed ? l.yes : '',
  ]);
  return [
    heading(l.actionPlan),
    { table: { headerRows: 1, widths: ['*', 110, 58, 52], body: [header, ...rows] }, layout: QUIET },
  ];
}

function signatureLog(doc: ReferatDocument, l: ReferatLabels): Content[] {
  if (doc.signatures.length === 0) return [heading(l.signatures), { text: l.notSigned }];
  const header: TableCell[] = [l.name, l.role, l.time].map((text) => ({ text, style: 'th' }));
  // The hash gets a row of its own: 64 hex digits fit on one line at this size, so the whole hash can be
  // read (and searched) as one string instead of being broken inside a narrow column.
  const rows = doc.signatures.flatMap((s): TableCell[][] => [
    [s.name, l.roles[s.role], formatInstant(s.at, doc.language)],
    [{ text: `${l.contentHash}: ${s.contentHash}`, style: 'hash', colSpan: 3 }, {}, {}],
  ]);
  // a rule above each signature, none between a signature and its hash
  const layout = { ...QUIET, hLineWidth: (i: number) => (i % 2 === 1 ? 0.5 : 0) };
  return [
    heading(l.signatures),
    { table: { headerRows: 1, widths: ['*', 110, 120], body: [header, ...rows] }, layout },
  ];
}

/** The pdfmake content and styles of one referat; the PDF/A settings are added by the renderer. */
export function referatLayout(doc: ReferatDocument): TDocumentDefinitions {
  const l = REFERAT_LABELS[doc.language];
  const title = `${l.documentTitle} – ${l.kinds[doc.kind]}`;
  return {
    pageSize: 'A4',
    pageMargins: [56, 64, 56, 56],
    language: pdfLanguageTag(doc.language),
    header: {
      columns: [
        { text: doc.confidentiality, color: MARK, bold: true },
        { text: doc.municipality, alignment: 'right', color: MUTED },
      ],
      fontSize: 8,
      margin: [56, 28, 56, 0],
    },
    footer: (page: number, pages: number) => ({
      columns: [
        { text: doc.conversationId, color: MUTED },
        { text: `${l.page} ${page} ${l.of} ${pages}`, alignment: 'right', color: MUTED },
      ],
      fontSize: 8,
      margin: [56, 20, 56, 0],
    }),
    content: [
      { text: title, style: 'h1' },
      facts(doc, l),
      ...checks(doc, l),
      ...sections(doc, l),
      ...actionPlan(doc, l),
      ...signatureLog(doc, l),
      {
        text: [
          { text: `${l.documentHash}: `, color: MUTED },
          { text: doc.contentHash, style: 'hash' },
        ],
        margin: [0, 10, 0, 0],
      },
    ],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2, color: INK },
    styles: {
      h1: { fontSize: 18, bold: true, margin: [0, 0, 0, 10] },
      h2: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
      h3: { fontSize: 10, bold: true, color: MUTED, margin: [0, 2, 0, 2] },
      th: { bold: true, color: MUTED, fontSize: 9 },
      hash: { fontSize: 8, color: MUTED },
    },
  };
}
