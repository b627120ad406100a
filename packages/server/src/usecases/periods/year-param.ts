import { z } from 'zod/v4';

export const yearParam = z.coerce.number().int().min(1990).max(2100);
