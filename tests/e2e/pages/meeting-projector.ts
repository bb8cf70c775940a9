import type { Locator, Page } from '@playwright/test';

/** The projector page of a meeting (`#/projector/<id>`): what the room reads. */
export class MeetingProjector {
  readonly root: Locator;
  readonly branch: Locator;
  readonly recusal: Locator;
  readonly decision: Locator;
  readonly simulation: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('projector');
    this.branch = page.getByTestId('projector-branch');
    this.recusal = page.getByTestId('projector-recusal');
    this.decision = page.getByTestId('projector-decision');
    this.simulation = page.getByTestId('projector-simulation');
  }

  /** Every control a projector must not have. */
  controls(): Locator {
    return this.page.locator('input, button, select, textarea, [contenteditable]');
  }
}
