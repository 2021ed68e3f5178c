import { useEffect } from 'react';
import { strings } from '@/lib/strings';
import { useKioskPersistence } from '../persistence';
import { KioskScreen } from './kiosk-screen';
import './kiosk.css';

/** The wall screen: no navigation, dark, large type; restores its last data before the first slide. */
export function KioskPage() {
  const restored = useKioskPersistence();
  useEffect(() => {
    const previous = document.title;
    document.title = `${strings.kiosk.title} – ${strings.app.name}`;
    document.documentElement.classList.add('kiosk-mode');
    return () => {
      document.title = previous;
      document.documentElement.classList.remove('kiosk-mode');
    };
  }, []);
  if (!restored) {
    return (
      <p className="kiosk-loading" role="status">
        {strings.kiosk.loading}
      </p>
    );
  }
  return <KioskScreen />;
}
