import type { ReactNode } from 'react';
import './Card.css';

interface CardProps {
  title?: ReactNode;
  /** Heading level of the title (the page's h1 is the page title). */
  level?: 2 | 3;
  children: ReactNode;
  className?: string;
}

export function Card({ title, level = 2, children, className }: CardProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={['card', className].filter(Boolean).join(' ')}>
      {title ? <Heading className="card__title">{title}</Heading> : null}
      {children}
    </section>
  );
}

interface StatCardProps {
  label: string;
  value: ReactNode;
  foot?: ReactNode;
  size?: 'lg' | 'md';
}

/** One figure with its label, e.g. "Serapan 91,10 %". */
export function StatCard({ label, value, foot, size = 'lg' }: StatCardProps) {
  return (
    <div className="card stat">
      <span className="stat__label">{label}</span>
      <span className={`stat__value${size === 'md' ? ' stat__value--md' : ''}`}>{value}</span>
      {foot ? <span className="stat__foot">{foot}</span> : null}
    </div>
  );
}
