import type { ReactNode } from 'react';
import './Table.css';

interface TableProps {
  /** Visible caption; also names the scroll region for keyboard users. */
  caption: string;
  hideCaption?: boolean;
  children: ReactNode;
  className?: string;
  /** On phones show each row as a card (cells need `data-label`). */
  stack?: boolean;
}

/**
 * A semantic table in a horizontally scrollable, focusable region (wide tables stay usable on a
 * phone). Rows and cells are plain <thead>/<tbody>/<tr>/<th scope>/<td> given as children.
 */
export function Table({ caption, hideCaption = false, children, className, stack = false }: TableProps) {
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className={['table', stack ? 'table--stack' : '', className].filter(Boolean).join(' ')}>
        <caption className={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
