import type { ReactNode } from 'react';

/**
 * A region that scrolls sideways when its table is wider than the page. It is a named tab stop
 * so keyboard users can scroll it too (WCAG 2.1.1; axe "scrollable-region-focusable").
 */
export function ScrollArea({
  label,
  className,
  children,
}: {
  readonly label: string;
  readonly className?: string;
  readonly children: ReactNode;
}) {
  return (
    <div
      className={className === undefined ? 'table-scroll' : `table-scroll ${className}`}
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
