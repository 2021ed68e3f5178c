import { createContext, useContext, type ReactNode } from 'react';
import { AFTER_FIRST_PAINT_ATTRIBUTE } from '@/lib/first-screen';

/**
 * True while the build prerenders a page (src/app/prerender.tsx); false in the browser, where the app renders
 * or hydrates.
 */
export const PrerenderContext = createContext(false);

type Props = { as?: 'div' | 'li'; children: ReactNode };

/**
 * What lies below a prerendered page's first screen. In the page's HTML it sits in a `<noscript>` in an
 * empty `as` element. With JavaScript on, the browser reads a noscript's content as plain text: no elements
 * are built, styled, laid out or painted before the first screen is on the page. The page's start script
 * (scripts/page-start.ts) parses it and puts it in place right after the first paint, and at once where it
 * would be on the first screen (a tall window), when the address points into the page, or when the browser
 * restores a scroll position. Without JavaScript, the browser shows it as the page's own content.
 * - A live document of the whole page cost the first paint, with content-visibility too; held back in a
 *   `<template>` the overview and the plan pages drew their first screen in 0.81–0.94 of the time before.
 * - A `<template>`'s content is still built as elements while the page is parsed: as text, the plan page
 *   with 28 goals is parsed in about 7 ms instead of 10 (traced), and a page without JavaScript showed only its
 *   first screen.
 *
 * Held boxes do not nest: a noscript's text ends at the first `</noscript>` (the prerender checks:
 * scripts/held-boxes.ts).
 * React escapes every `<` in text and attributes, so the content cannot end it early.
 *
 * In the browser it is just its children: the app hydrates the page after the start script has put the
 * content in place, so the two agree, element for element.
 */
export function AfterFirstPaint({ as: Tag = 'div', children }: Props) {
  const prerendering = useContext(PrerenderContext);
  if (!prerendering) return <>{children}</>;
  const marker = { [AFTER_FIRST_PAINT_ATTRIBUTE]: '' };
  return (
    <Tag {...marker}>
      <noscript>{children}</noscript>
    </Tag>
  );
}
