import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { ADMIN_DIST, launchPanelBrowser, requirePrerequisites, shot as screenshot, signIn, skipPanel } from './chromium.js';

// The timeliness chips of the task list, measured in the browser: their text against their
// background (the chip's own, or the page's under an outlined chip) must reach WCAG AA's 4.5:1,
// in the light theme and the dark one.

const TODAY = '2026-11-26';

interface Measured {
  label: string;
  ratio: number;
}

/** Contrast of every chip's label, from the computed colours (alpha blended over what is behind). */
function measureChips(page: Page): Promise<Measured[]> {
  return page.locator('.MuiChip-root').evaluateAll((chips) => {
    const rgba = (c: string) => (c.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number).concat([1]).slice(0, 4);
    const over = (top: number[], bottom: number[]) => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3])).concat([1]);
    const background = (el: Element | null): number[] => {
      if (!el) return [255, 255, 255, 1];
      const c = rgba(getComputedStyle(el).backgroundColor);
      return c[3] === 0 ? background(el.parentElement) : c[3] === 1 ? c : over(c, background(el.parentElement));
    };
    const luminance = ([r, g, b]: number[]) => {
      const lin = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    return chips.map((chip) => {
      const label = chip.querySelector('.MuiChip-label') ?? chip;
      const bg = background(chip);
      const fg = over(rgba(getComputedStyle(label).color), bg);
      const [a, b] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
      return { label: label.textContent ?? '', ratio: Math.round(((a + 0.05) / (b + 0.05)) * 100) / 100 };
    });
  });
}

describe.skipIf(skipPanel)('contrast of the status chips in Chromium', () => {
  let server: TestServer;
  let closeBrowser: (() => Promise<void>) | undefined;
  let page: Page;

  beforeAll(async () => {
    requirePrerequisites();
    server = await startTestServer({ seed: true, adminDir: ADMIN_DIST, today: TODAY });
    ({ page, close: closeBrowser } = await launchPanelBrowser());
    await page.clock.setFixedTime(new Date(`${TODAY}T02:00:00Z`));
    // HR reads both trees (2023's district and today's province): every kind of chip is on the page
    await signIn(page, server.url, 'noivu');
  });

  afterAll(async () => {
    await closeBrowser?.();
    await server?.stop();
  });

  const kinds = [/^quá \d+ ngày$/, /^còn \d+ ngày$/, /^Trong hạn$/, /^Hoàn thành đúng hạn$/, /^Hoàn thành quá hạn$/];

  for (const theme of ['light', 'dark'] as const) {
    it(`gives every timeliness chip of the task list at least 4.5:1 in the ${theme} theme`, async () => {
      if (theme === 'dark') await page.getByRole('button', { name: 'Chuyển giao diện sáng/tối' }).click();
      await page.goto(`${server.url}/#/Task?perPage=100`);
      await page.getByRole('columnheader', { name: 'Tên nhiệm vụ' }).waitFor();
      await page.locator('.MuiChip-root').first().waitFor();
      const chips = await measureChips(page);
      // overdue, due soon, within deadline, done on time and done late are all on the page
      for (const kind of kinds) expect(chips.some((c) => kind.test(c.label)), String(kind)).toBe(true);
      expect(chips.filter((c) => c.ratio < 4.5)).toEqual([]);
      await screenshot(page, `contrast-${theme}`);
    });
  }
});
