/** The narrative of a realisation: faktor pendukung, faktor penghambat, tindak lanjut. */
import { z } from 'zod/v4';

const text = z.string().trim().max(4000);

export const narrativeInput = z
  .object({ success_factors: text.optional(), obstacles: text.optional(), follow_up: text.optional() })
  .strict();

export type Narrative = z.output<typeof narrativeInput>;

/** Empty strings dropped; nothing left → null. */
export function cleanNarrative(n: Narrative | null | undefined): Narrative | null {
  if (!n) return null;
  const out: Narrative = {};
  if (n.success_factors) out.success_factors = n.success_factors;
  if (n.obstacles) out.obstacles = n.obstacles;
  if (n.follow_up) out.follow_up = n.follow_up;
  return Object.keys(out).length > 0 ? out : null;
}

/** A stored narrative (jsonb) read back defensively. */
export function narrativeOf(stored: unknown): Narrative | null {
  const r = narrativeInput.safeParse(stored);
  return r.success ? cleanNarrative(r.data) : null;
}
