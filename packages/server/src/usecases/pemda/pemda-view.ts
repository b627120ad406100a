import type { PemdaRow } from '../../tenant.ts';

export interface PemdaView {
  id: string;
  slug: string;
  name: string;
  province: string | null;
}

export const pemdaView = (p: PemdaRow): PemdaView => ({ id: p.id, slug: p.slug, name: p.name, province: p.province });
