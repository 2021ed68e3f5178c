import type { ReactNode } from 'react';

/**
 * A wide table on a narrow screen: it scrolls inside its own box instead of
 * pushing the page sideways. The box is a labelled region that takes focus,
 * so a keyboard user can scroll it too (axe: scrollable-region-focusable).
 */
export function ScrollRegion({
  label,
  children,
  className,
}: {
  label: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div
      className={className ? `scroll-region ${className}` : 'scroll-region'}
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
