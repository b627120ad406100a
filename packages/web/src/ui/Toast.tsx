import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { isApiError } from '../api/error.ts';
import { id } from '../i18n/id.ts';
import './Dialog.css';
import './Toast.css';

interface ToastItem {
  key: number;
  tone: 'success' | 'error';
  text: string;
  where?: string;
}

interface ToastApi {
  success: (text: string) => void;
  /** Shows an ApiError's title and where, or a generic message. */
  error: (e: unknown) => void;
}

const ToastContext = createContext<ToastApi | null>(null);

const LIFETIME_MS = 6000;

/** Short messages in a polite live region; errors stay until closed. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([]);
  const counter = useRef(0);

  const dismiss = useCallback((key: number) => setItems((list) => list.filter((t) => t.key !== key)), []);
  const push = useCallback(
    (item: Omit<ToastItem, 'key'>) => {
      counter.current += 1;
      const key = counter.current;
      setItems((list) => [...list.slice(-3), { ...item, key }]);
      if (item.tone === 'success') window.setTimeout(() => dismiss(key), LIFETIME_MS);
    },
    [dismiss],
  );

  const value = useMemo<ToastApi>(
    () => ({
      success: (text) => push({ tone: 'success', text }),
      error: (e) =>
        push(isApiError(e) ? { tone: 'error', text: e.title, where: e.where } : { tone: 'error', text: id.errors.unexpected }),
    }),
    [push],
  );

  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {items.map((t) => (
          <div key={t.key} className={`toast toast--${t.tone}`}>
            <span className="toast__text">
              {t.text}
              {t.where ? <span className="toast__where">{id.errors.field(t.where)}</span> : null}
            </span>
            <button type="button" className="icon-btn" aria-label={id.app.close} onClick={() => dismiss(t.key)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  const ctx = useContext(ToastContext);
  if (!ctx) throw new Error('useToast outside ToastProvider');
  return ctx;
}
