// One accessibility check for every browser test: axe-core with 0 violations, on a settled page.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface AxeOptions {
  /** judge only this part, e.g. '[role="dialog"]': an open modal hides the page behind it from assistive tech */
  within?: string;
  /** rules that do not apply to what is judged (a card is not a page, so it has no level-one heading) */
  disableRules?: string[];
}

export async function expectNoAxeViolations(page: Page, options: AxeOptions = {}): Promise<void> {
  // axe would judge colours half-way through a fade-in
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState === 'finished'));
  // A closed modal hands the page back to assistive technology a moment after it leaves the DOM; judging the
  // page in between judges the dialog's leftovers. (While a dialog is open the page behind it is hidden on
  // purpose.) If the page is never handed back, this wait fails the test.
  await page.waitForFunction(
    () =>
      document.querySelector('[role="dialog"], [role="alertdialog"]') !== null ||
      document.querySelector('#root[aria-hidden="true"]') === null,
  );
  // Fluent's focus manager (Tabster) puts aria-hidden sentinels at the edges of the page and of dialogs that
  // pass focus on at once and never hold it; axe's aria-hidden-focus rule cannot know that.
  let builder = new AxeBuilder({ page }).exclude('[data-tabster-dummy]');
  if (options.within) builder = builder.include(options.within);
  if (options.disableRules) builder = builder.disableRules(options.disableRules);
  const { violations } = await builder.analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}
