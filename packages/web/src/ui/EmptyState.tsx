import type { ReactNode } from 'react';
import './EmptyState.css';

interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  icon?: string;
  /** Heading level: 1 when the empty state is the whole page. */
  level?: 1 | 2;
}

/** What a page shows when there is nothing (yet): never a blank or broken page. */
export function EmptyState({ title, children, action, icon = '○', level = 2 }: EmptyStateProps) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <div className="empty">
      <span className="empty__icon" aria-hidden="true">
        {icon}
      </span>
      <Heading className="empty__title">{title}</Heading>
      {children ? <p>{children}</p> : null}
      {action}
    </div>
  );
}
