/** A period window as the API shows it. */
import type { WindowRow, WindowState } from './window-state.ts';
import { windowState } from './window-state.ts';

export interface WindowView {
  period: string;
  opensAt: string;
  closesAt: string;
  reopenedUntil: string | null;
  reopenReason: string | null;
  state: WindowState;
}

export const windowView = (w: WindowRow, now: Date): WindowView => ({
  period: w.period,
  opensAt: w.opensAt.toISOString(),
  closesAt: w.closesAt.toISOString(),
  reopenedUntil: w.reopenedUntil?.toISOString() ?? null,
  reopenReason: w.reopenReason,
  state: windowState(w, now),
});
