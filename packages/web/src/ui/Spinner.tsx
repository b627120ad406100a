import { id } from '../i18n/id.ts';
import './Spinner.css';

interface SpinnerProps {
  size?: 'md' | 'sm';
  /** Inside a button that already says it is busy. */
  decorative?: boolean;
}

export function Spinner({ size = 'md', decorative = false }: SpinnerProps) {
  return <span className={`spinner${size === 'sm' ? ' spinner--sm' : ''}`} aria-hidden={decorative || undefined} />;
}

/** A centred spinner with its text, announced to screen readers. */
export function Loading({ label = id.app.loading }: { label?: string }) {
  return (
    <div className="spinner-block" role="status" aria-live="polite">
      <Spinner />
      <span>{label}</span>
    </div>
  );
}
