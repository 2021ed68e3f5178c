import { useEffect } from 'react';
import { cssString } from '@/lib/css-string';
import { meetingPack as meetingPackStrings } from '@/lib/strings/meeting-pack';

/**
 * Page margins on every printed page: what the pack is and how new its
 * figures are on the left, "Side 2 af 5" on the right. CSS margin boxes are
 * the only place the page counter exists; the rule is added through the
 * CSSOM (a constructed sheet), which the strict CSP allows, unlike a <style>.
 */
export function usePrintMargins(left: string): void {
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const n = meetingPackStrings.pageNumber;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      `@media print { @page {
        @bottom-left { content: ${cssString(left)}; font-size: 8pt; width: 82%; }
        @bottom-right { content: ${cssString(n.before)} counter(page) ${cssString(n.middle)} counter(pages); font-size: 8pt; width: 18%; text-align: right; }
      } }`,
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [left]);
}
