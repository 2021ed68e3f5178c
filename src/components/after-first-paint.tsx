import { createContext, useContext, type ReactNode } from 'react';
import { AFTER_FIRST_PAINT_ATTRIBUTE } from '@/lib/first-screen';

/**
 * True while the build prerenders a page (src/app/prerender.tsx); false in the browser, where the app renders
 * or hydrates.
 */
export const PrerenderContext = createContext(false);

type Props = { as?: 'div' | 'li'; children: ReactNode };

/**
 * What lies below a prerendered page's first screen. In the page's HTML it sits in a `<template>` in an
 * empty `as` element: parsed with the page, but not styled, laid out or painted before the first screen is
 * on it. The page's start script (scripts/page-start.ts) puts it in place right after the first paint, and
 * at once where it would be on the first screen (a tall window), when the address points into the page, or
 * when the browser restores a scroll position. A live document of the whole page cost the first paint, with
 * content-visibility too: the overview and the plan pages drew their first screen in 0.81–0.94 of the time
 * before (`npm run bench`, 1× CPU).
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
      <template>{children}</template>
    </Tag>
  );
}
