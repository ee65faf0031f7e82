// Helpers of the on-site inspection tests: a real PNG for the camera input, a drawn signature.
import type { Page } from 'playwright-core';

/** The API tests' PNG encoder (dependency-free). */
export { png } from '../../../libs/api/testing/src/png';

export async function sign(page: Page): Promise<void> {
  const pad = page.getByTestId('signature-pad');
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('no signature pad');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 30, y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + 30 + i * 20, y + Math.sin(i) * 30, { steps: 2 });
  await page.mouse.up();
  await page.getByTestId('signature-status').filter({ hasText: '已签名' }).waitFor();
}
