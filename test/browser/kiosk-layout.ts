import type { Page } from 'playwright-core';

/**
 * What a person five metres from the wall screen sees, measured in the page:
 * text that overflows its box or overlaps other text, type smaller than 3.5 %
 * of the screen height, the chart's share of the height, where the footer sits,
 * and the words on the chart's axes.
 */
export type SlideLayout = {
  problems: string[];
  /** Height of the charts' union box, as a share of the viewport's. */
  chartShare: number;
  /** Height of the slide's main area, as a share of the viewport's. */
  mainShare: number;
  /** Viewport bottom minus the footer's bottom, as a share of the viewport height. */
  footerGap: number;
  axisLabels: string[];
  text: string;
};

export function measureSlide(page: Page): Promise<SlideLayout> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const vh = innerHeight;
    const hidden = (el: Element) => !!el.closest('.visually-hidden, [aria-hidden=true]:not(svg)');
    const label = (el: Element) =>
      `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(' ')[0]} «${(el.textContent ?? '').trim().slice(0, 40)}»`;
    const doc = document.scrollingElement!;
    if (doc.scrollWidth > doc.clientWidth || doc.scrollHeight > doc.clientHeight) problems.push('the page scrolls');

    // Every piece of text: HTML text nodes by their line boxes, chart text by its SVG box.
    const boxes: { rect: DOMRect; who: string }[] = [];
    const walker = document.createTreeWalker(document.querySelector('.kiosk')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (!node.textContent?.trim() || hidden(parent) || parent.closest('svg')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) if (rect.width > 0) boxes.push({ rect, who: label(parent) });
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < 0.035 * vh - 0.5) problems.push(`type ${size.toFixed(1)} px < 3,5 % of ${vh}: ${label(parent)}`);
    }
    for (const text of document.querySelectorAll('.kiosk svg text')) {
      if (!text.textContent?.trim()) continue;
      boxes.push({ rect: text.getBoundingClientRect(), who: `chart «${text.textContent.trim()}»` });
      const size = parseFloat(text.getAttribute('font-size') ?? getComputedStyle(text).fontSize);
      if (size < 0.035 * vh - 1) problems.push(`chart type ${size} px: «${text.textContent}»`);
    }
    for (const { rect, who } of boxes) {
      if (rect.right > innerWidth + 1 || rect.bottom > vh + 1 || rect.left < -1)
        problems.push(`outside the screen: ${who}`);
    }
    // Two pieces of text overlap when their boxes share more than a sliver (line boxes touch at their edges).
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.rect;
        const b = boxes[j]!.rect;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 2 && h > Math.min(a.height, b.height) * 0.25)
          problems.push(`overlap: ${boxes[i]!.who} / ${boxes[j]!.who}`);
      }
    }
    // A box whose content is wider or taller than itself cuts text off.
    for (const el of document.querySelectorAll<HTMLElement>('.kiosk *')) {
      if (hidden(el) || el.closest('svg') || !el.textContent?.trim()) continue;
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
        problems.push(`too wide for its box: ${label(el)}`);
      if (
        el.scrollHeight > el.clientHeight + 1 &&
        el.clientHeight > 0 &&
        getComputedStyle(el).overflowY !== 'visible'
      ) {
        problems.push(`cut off: ${label(el)}`);
      }
    }
    const charts = [...document.querySelectorAll('.kiosk-stage .kiosk-chart')].map((c) => c.getBoundingClientRect());
    const chartShare = charts.length
      ? (Math.max(...charts.map((r) => r.bottom)) - Math.min(...charts.map((r) => r.top))) / vh
      : 0;
    const main = document.querySelector('.kiosk-slide-main')?.getBoundingClientRect();
    const footer = document.querySelector('.kiosk-footer')!.getBoundingClientRect();
    return {
      problems,
      chartShare,
      mainShare: main ? main.height / vh : 0,
      footerGap: (vh - footer.bottom) / vh,
      axisLabels: [...document.querySelectorAll('.kiosk-chart svg text')].map((t) => t.textContent ?? ''),
      text: document.querySelector('.kiosk')!.textContent ?? '',
    };
  });
}
