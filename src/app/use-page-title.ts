import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { strings } from '@/lib/strings';

/**
 * Each page's title is its h1, so screen-reader users and browser tabs can
 * tell pages apart; focus moves to the content on navigation so keyboard
 * users start where the new page starts.
 */
export function usePageTitle(): void {
  const { pathname } = useLocation();
  useEffect(() => {
    const main = document.getElementById('indhold');
    const update = () => {
      const h1 = main?.querySelector('h1')?.textContent;
      document.title = h1 ? `${h1} – ${strings.app.name}` : strings.app.name;
    };
    update();
    const observer = new MutationObserver(update);
    if (main) observer.observe(main, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [pathname]);
}
