/**
 * A prerendered page's held-back part sits in a noscript (src/components/after-first-paint.tsx), and a
 * browser ends a noscript's text at the first `</noscript>` it meets: a held part inside another would end
 * the outer one early, and its rest would be drawn as the page's own before the first paint. The prerender
 * refuses such a page.
 */
export function checkHeldBoxes(html: string, path: string): void {
  for (const [, content] of html.matchAll(/<noscript>([\s\S]*?)<\/noscript>/g)) {
    if (content!.includes('<noscript'))
      throw new Error(`${path}: en tilbageholdt del ligger i en anden (AfterFirstPaint)`);
  }
}
