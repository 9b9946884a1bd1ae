import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/**
 * axe-core's own build, evaluated through the DevTools protocol. Not page.addScriptTag: that adds an
 * inline script, which the app's Content-Security-Policy (script-src 'self') rightly refuses.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0/2.1/2.2 A and AA, plus the best-practice rules that shape a phone screen read with a screen reader. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Primary controls must be at least 44x44 CSS px (WCAG 2.5.5 AAA, Apple and Material guidance): inspectors
 * tap outdoors, often with gloves. Exceptions, as in WCAG 2.5.8: a link inside a sentence is sized by the
 * text around it, and a control the browser draws at its own size (checkbox, radio) inside a label counts
 * by its label, which is the real tap area. The color input and file inputs hidden behind a label button
 * are left to their labels as well.
 */
export const MIN_TAP = 44;

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

export interface TapProblem {
  selector: string;
  name: string;
  width: number;
  height: number;
}

async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    // biome-ignore lint/suspicious/noExplicitAny: axe-core is injected as a page global without types.
    const axe = (window as any).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations as AxeViolation[];
  }, AXE_TAGS);
}

/** Visible interactive elements smaller than MIN_TAP in either direction, apart from the exceptions above. */
function smallTapTargets(page: Page): Promise<TapProblem[]> {
  return page.evaluate((min) => {
    const selector = 'button, a[href], input, select, textarea, [role="button"], summary';
    const describe = (element: Element): string => {
      const parts: string[] = [];
      let node: Element | null = element;
      while (node && parts.length < 3 && node !== document.body) {
        const testId = node.getAttribute('data-testid');
        let part = node.tagName.toLowerCase();
        if (node.id) part += `#${node.id}`;
        else if (testId) part += `[data-testid="${testId}"]`;
        else if (node.classList.length) part += `.${Array.from(node.classList).slice(0, 2).join('.')}`;
        parts.unshift(part);
        if (node.id || testId) break;
        node = node.parentElement;
      }
      return parts.join(' > ');
    };
    /** A link inside running text: text of its own sits beside it (WCAG 2.5.8 inline exception). */
    const inline = (element: Element): boolean =>
      element.tagName === 'A' &&
      getComputedStyle(element).display === 'inline' &&
      Array.from(element.parentElement?.childNodes ?? []).some(
        (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
      );
    // Behind a modal dialog nothing can be tapped: only the dialog's controls count.
    const scope = document.querySelector('dialog:modal') ?? document;
    const problems: { selector: string; name: string; width: number; height: number }[] = [];
    for (const element of Array.from(scope.querySelectorAll(selector))) {
      if (element.closest('[hidden], [inert], dialog:not([open])')) continue;
      if (element instanceof HTMLInputElement && element.type === 'hidden') continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (inline(element)) continue;
      // Checkbox, radio and the like: the label around or for it is the tap area.
      if (element instanceof HTMLInputElement && ['checkbox', 'radio', 'color', 'file'].includes(element.type)) {
        const label =
          element.closest('label') ?? (element.id ? document.querySelector(`label[for="${element.id}"]`) : null);
        if (label) {
          const area = label.getBoundingClientRect();
          if (area.height >= min && area.width >= min) continue;
          problems.push({
            selector: `${describe(element)} (its label)`,
            name: (label.textContent ?? '').trim().slice(0, 60),
            width: Math.round(area.width),
            height: Math.round(area.height),
          });
          continue;
        }
        // A file input made invisible behind a styled label is not a target of its own.
        if (style.opacity === '0') continue;
      }
      if (box.width >= min - 0.5 && box.height >= min - 0.5) continue;
      const name =
        element.getAttribute('aria-label') ||
        (element.textContent ?? '').trim().slice(0, 60) ||
        element.getAttribute('name') ||
        '';
      problems.push({
        selector: describe(element),
        name,
        width: Math.round(box.width),
        height: Math.round(box.height),
      });
    }
    return problems;
  }, MIN_TAP);
}

/** Every serious or critical axe violation and every small tap target on the page, as readable lines. */
export async function accessibilityProblems(page: Page, screenName: string): Promise<string[]> {
  // axe's target-size counts a control partly under the sticky header as too small, which depends only on
  // where the test happened to scroll: the check runs at the top of the page, then the scroll is restored.
  const scrolled = await page.evaluate(() => {
    const at = window.scrollY;
    window.scrollTo(0, 0);
    return at;
  });
  const all = await axeViolations(page).finally(() => page.evaluate((y) => window.scrollTo(0, y), scrolled));
  const violations = all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const lines = violations.map(
    (v) =>
      `[${screenName}] axe ${v.id} (${v.impact}): ${v.help}\n${v.nodes
        .slice(0, 8)
        .map(
          (n) =>
            `    at ${n.target.join(' ')}${n.failureSummary ? ` - ${n.failureSummary.split('\n').slice(1).join(' ').trim()}` : ''}`,
        )
        .join('\n')}${v.nodes.length > 8 ? `\n    ... and ${v.nodes.length - 8} more` : ''}`,
  );
  for (const small of await smallTapTargets(page)) {
    lines.push(
      `[${screenName}] tap target ${small.width}x${small.height} px, under ${MIN_TAP}x${MIN_TAP}: ${small.selector} "${small.name}"`,
    );
  }
  return lines;
}

/**
 * Fails on any serious or critical axe-core violation (WCAG 2.x A/AA and best practice) and on any visible
 * control smaller than MIN_TAP, naming the screen, the rule and the elements.
 */
export async function expectAccessible(page: Page, screenName: string): Promise<void> {
  const problems = await accessibilityProblems(page, screenName);
  if (problems.length > 0) {
    throw new Error(`Accessibility problems on "${screenName}" (${page.url()}):\n${problems.join('\n')}`);
  }
}
