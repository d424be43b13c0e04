// Small templates for tests: one section, two questions, all three languages.
import type { Template } from '../../../../src/core/templates/template';

export function text(nb: string, nn = `${nb} (nn)`, en = `${nb} (en)`) {
  return { nb, nn, en };
}

export function annualTemplate(version: number, questionIds: string[]): Template {
  return {
    id: 'medarbeidersamtale',
    version,
    kind: 'annual',
    title: text('Medarbeidersamtale', 'Medarbeidarsamtale', 'Annual employee conversation'),
    source: ['002'],
    sections: [
      {
        id: 'arbeidsmiljo',
        title: text('Arbeidsmiljø'),
        questions: questionIds.map((id) => ({
          id,
          type: 'text',
          audience: 'both',
          text: text(`Spørsmål ${id}`),
        })),
      },
    ],
  };
}
