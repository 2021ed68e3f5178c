import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { strings } from '@/lib/strings';

/**
 * Each page's title is its h1, so screen-reader users and browser tabs can
 * tell pages apart. After a link to another page, focus moves to that page's
 * h1, so keyboard and screen-reader users start where the new page starts
 * (a single-page app otherwise leaves focus on the link that is gone).
 * Not on the first load, and not when only the address's query changes
 * (a filter or a tick box keeps its focus).
 */
export function usePageTitle(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    const main = document.getElementById('indhold');
    const moveFocus = !first.current;
    first.current = false;
    let focused = false;
    const update = () => {
      const h1 = main?.querySelector('h1');
      document.title = h1?.textContent ? `${h1.textContent} – ${strings.app.name}` : strings.app.name;
      // A page that is still loading has no h1 yet; focus goes there once it appears.
      if (moveFocus && !focused && h1) {
        focused = true;
        if (!main?.contains(document.activeElement) || document.activeElement === main) {
          h1.tabIndex = -1;
          h1.focus();
        }
      }
    };
    update();
    const observer = new MutationObserver(update);
    if (main) observer.observe(main, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [pathname]);
}
