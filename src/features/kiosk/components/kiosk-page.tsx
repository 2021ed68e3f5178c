import { useEffect } from 'react';
import { strings } from '@/lib/strings';
import { kiosk as kioskStrings } from '@/lib/strings/kiosk';
import { useKioskPersistence } from '../persistence';
import { KioskScreen } from './kiosk-screen';
import './kiosk.css';

/** The wall screen: no navigation, dark, large type. Its saved data was restored by the route (restoreKioskCache). */
export function KioskPage() {
  useKioskPersistence();
  useEffect(() => {
    const previous = document.title;
    document.title = `${kioskStrings.title} – ${strings.app.name}`;
    document.documentElement.classList.add('kiosk-mode');
    return () => {
      document.title = previous;
      document.documentElement.classList.remove('kiosk-mode');
    };
  }, []);
  return <KioskScreen />;
}
