import type { Page } from 'playwright-core';
import { visible } from './browser.js';

/**
 * Opens the dashboard's "Chi tiết theo từng mục" (folded on a phone, below the one-minute summary) so its
 * sections can be read; nothing to do where it is open already (a wide screen).
 */
export async function openDashboardDetails(page: Page): Promise<void> {
  const details = await visible(page.getByTestId('dashboard-details'));
  if ((await details.getAttribute('open')) === null) await details.locator('summary').first().click();
  await visible(page.getByTestId('section-coverage'));
}
