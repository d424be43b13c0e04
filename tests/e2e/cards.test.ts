// Issue 5's done-when in a browser: every card, expanded with example data, rendered by Microsoft's
// adaptivecards renderer with the Teams light and dark host configs in Debian's Chromium. The test looks for
// what a person needs to see (headings, labels, inputs), checks the required fields' error messages, that an
// action carries the conversation and card version, runs axe, and saves a screenshot of each card.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as AdaptiveCardsModule from 'adaptivecards';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdaptiveCard } from '../../src/cards/card';
import { CARD_VERBS } from '../../src/cards/verbs';
import { SCHEMAS_DIR } from '../contract/adaptive-card-schema';
import { allCards } from '../unit/cards/all-cards';
import { launchChromium } from './browser';
import { expectNoAxeViolations } from './axe';

const SHOTS = 'test-results/e2e';
const RENDERER = createRequire(import.meta.url).resolve('adaptivecards/dist/adaptivecards.min.js');
const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

function hostConfig(theme: Theme): unknown {
  return JSON.parse(readFileSync(path.join(SCHEMAS_DIR, `hostconfig-teams-${theme}.json`), 'utf8'));
}

// Teams styles the renderer's inputs and buttons itself; this is a small stand-in so the dark theme's inputs
// are not the browser's white boxes (the card's own colours come from the host config).
const PAGE_CSS: Record<Theme, string> = {
  light: `body{background:#f5f5f5;color:#242424} .ac-input,.ac-pushButton{background:#fff;color:#242424;border:1px solid #8a8886}`,
  dark: `body{background:#1f1f1f;color:#fff} .ac-input,.ac-pushButton{background:#292929;color:#fff;border:1px solid #8a8886}`,
};

const SHARED_CSS = `body{margin:0;padding:24px;font-family:'Segoe UI',sans-serif}
#host{width:480px;border-radius:6px;overflow:hidden}
.ac-pushButton{padding:6px 12px;border-radius:4px;font-weight:600;cursor:pointer}
.ac-input{padding:6px 8px;border-radius:4px;font:inherit}
.ac-input-validation-failed{border-color:#c4314b}`;

let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** A page with the renderer and one card rendered with the theme's host config; actions land in window.executed. */
async function renderCard(card: AdaptiveCard, theme: Theme, lang: string): Promise<Page> {
  // axe needs a page of its own context
  const context = await browser.newContext({ viewport: { width: 560, height: 800 } });
  const page = await context.newPage();
  await page.setContent(
    `<!doctype html><html lang="${lang}"><head><title>Samtale card</title><style>${SHARED_CSS}${PAGE_CSS[theme]}</style></head>` +
      `<body><main id="host"></main></body></html>`,
  );
  await page.addScriptTag({ path: RENDERER });
  await page.evaluate(
    ({ card, config }) => {
      const AC = (window as unknown as { AdaptiveCards: typeof AdaptiveCardsModule }).AdaptiveCards;
      const w = window as unknown as { executed: { verb?: string; data: unknown }[] };
      w.executed = [];
      // Teams renders the cards' markdown (the bot's texts put what to type in **bold**); without a processor
      // the renderer shows the asterisks. A stand-in for the one markdown the cards use, after escaping.
      AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
        const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        result.outputHtml = `<p>${escaped.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')}</p>`;
        result.didProcess = true;
      };
      const adaptiveCard = new AC.AdaptiveCard();
      adaptiveCard.hostConfig = new AC.HostConfig(config);
      adaptiveCard.onExecuteAction = (action) => {
        if (action instanceof AC.ExecuteAction) w.executed.push({ verb: action.verb, data: action.data });
      };
      adaptiveCard.parse(card);
      const element = adaptiveCard.render();
      if (!element) throw new Error('the renderer returned no element');
      document.getElementById('host')?.appendChild(element);
    },
    { card, config: hostConfig(theme) },
  );
  return page;
}

async function executed(page: Page): Promise<{ verb?: string; data: Record<string, unknown> }[]> {
  return page.evaluate(
    () => (window as unknown as { executed: { verb?: string; data: Record<string, unknown> }[] }).executed,
  );
}

/** The labels of the inputs a person sees at once (not those inside a ShowCard, which opens on a click). */
function topLevelLabels(card: AdaptiveCard): string[] {
  const labels: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== 'object') return;
    const node = value as Record<string, unknown>;
    if (node.type === 'Action.ShowCard') return;
    if (typeof node.label === 'string') labels.push(node.label);
    Object.values(node).forEach(walk);
  };
  walk(card.body);
  return labels;
}

/** The first free-text question of a form, as the card names it. */
function firstTextInput(card: AdaptiveCard): { id: string; label: string } {
  const match = JSON.stringify(card.body).match(
    /"type":"Input.Text","id":"([^"]+)","label":"((?:[^"\\]|\\.)*)"/,
  );
  if (!match?.[1] || !match[2]) throw new Error('the form has no text question');
  return { id: match[1], label: JSON.parse(`"${match[2]}"`) as string };
}

function heading(card: AdaptiveCard): string {
  const texts = JSON.stringify(card.body).match(/"text":"((?:[^"\\]|\\.)*)"/);
  return JSON.parse(`"${texts?.[1] ?? ''}"`) as string;
}

describe.each(THEMES)('cards in Teams %s', (theme) => {
  it.each(allCards('nb').map((c) => [c.name, c.card] as const))(
    '%s renders readable, with its inputs',
    async (name, card) => {
      const page = await renderCard(card, theme, 'nb');
      try {
        await expect
          .poll(() => page.getByText(heading(card), { exact: false }).first().isVisible())
          .toBe(true);
        for (const label of topLevelLabels(card)) {
          await expect.poll(() => page.getByLabel(label).first().isVisible(), { message: label }).toBe(true);
        }
        await expectNoAxeViolations(page, { disableRules: ['page-has-heading-one'] });
        await page.locator('#host').screenshot({ path: `${SHOTS}/card-${name}-${theme}.png` });
        // the whole card is long; the first screen is what the person sees when it arrives
        await page.screenshot({ path: `${SHOTS}/card-${name}-${theme}-first-screen.png` });
      } finally {
        await page.context().close();
      }
    },
  );
});

describe.each(['nn', 'en'] as const)('cards in %s', (language) => {
  it.each(allCards(language).map((c) => [c.name, c.card] as const))(
    '%s shows its heading and every label',
    async (_, card) => {
      const page = await renderCard(card, 'light', language);
      try {
        await expect
          .poll(() => page.getByText(heading(card), { exact: false }).first().isVisible())
          .toBe(true);
        for (const label of topLevelLabels(card)) {
          await expect.poll(() => page.getByLabel(label).first().isVisible(), { message: label }).toBe(true);
        }
      } finally {
        await page.context().close();
      }
    },
  );
});

describe('acting on the cards', () => {
  const cards = Object.fromEntries(allCards('nb').map((c) => [c.name, c.card]));

  it('the invitation asks why before it sends "another time", then sends the reason with the card version', async () => {
    const page = await renderCard(cards.invitation!, 'light', 'nb');
    try {
      await page.getByRole('button', { name: 'Be om et annet tidspunkt' }).click();
      const reason = page.getByLabel('Hvorfor passer ikke tidspunktet?');
      await expect.poll(() => reason.isVisible()).toBe(true);
      await expect.poll(() => page.getByLabel('Når passer det for deg? (valgfritt)').isVisible()).toBe(true);
      await page.getByRole('button', { name: 'Send til lederen' }).click();
      await expect
        .poll(() => page.getByText('Skriv hvorfor tidspunktet ikke passer.').isVisible())
        .toBe(true);
      expect(await executed(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/card-invitation-other-time-error-light.png`, fullPage: true });

      await reason.fill('Nattevakt natten før – jeg sover til kl. 13.');
      await page.getByRole('button', { name: 'Send til lederen' }).click();
      expect(await executed(page)).toEqual([
        {
          verb: CARD_VERBS.askOtherTime,
          data: expect.objectContaining({
            conversationId: 'c-42',
            cardVersion: 3,
            reason: 'Nattevakt natten før – jeg sover til kl. 13.',
          }),
        },
      ]);
    } finally {
      await page.context().close();
    }
  });

  it('the preparation form sends the typed answers and the saved draft under the question ids', async () => {
    const page = await renderCard(cards['preparation-form']!, 'light', 'nb');
    try {
      const first = firstTextInput(cards['preparation-form']!);
      await page.getByLabel(first.label).fill('Mer ansvar for opplæring av nyansatte på avdelingen.');
      await page.getByRole('button', { name: 'Send inn' }).click();
      const [action] = await executed(page);
      expect(action?.verb).toBe(CARD_VERBS.submitPreparation);
      expect(action?.data).toMatchObject({
        conversationId: 'c-42',
        cardVersion: 3,
        [first.id]: 'Mer ansvar for opplæring av nyansatte på avdelingen.',
        'annual.tema.kompetanse-oppdatert': 'yes',
      });
    } finally {
      await page.context().close();
    }
  });

  it('the referat comment needs a text, and approving carries the hash of the text read', async () => {
    const page = await renderCard(cards['referat-approval']!, 'dark', 'nb');
    try {
      await expect.poll(() => page.getByText(/Referatet ble endret/).isVisible()).toBe(true);
      await page.getByRole('button', { name: 'Kommenter' }).click();
      await page.getByRole('button', { name: 'Send kommentaren' }).click();
      await expect.poll(() => page.getByText('Skriv kommentaren din.').isVisible()).toBe(true);
      expect(await executed(page)).toEqual([]);
      await page.getByRole('button', { name: 'Godkjenn' }).click();
      expect(await executed(page)).toEqual([
        {
          verb: CARD_VERBS.approveReferat,
          data: expect.objectContaining({
            conversationId: 'c-42',
            cardVersion: 7,
            contentHash: 'a3f1c0de'.repeat(8),
          }),
        },
      ]);
    } finally {
      await page.context().close();
    }
  });
});
