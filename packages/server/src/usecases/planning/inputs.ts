/** The zod schemas of the planning endpoints (also the OpenAPI request bodies). */
import { z } from 'zod/v4';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const period = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|S[12]))?$/);
const kinds = ['visi', 'misi', 'tujuan', 'sasaran', 'program', 'kegiatan', 'subkegiatan', 'iki'] as const;

export const createPlanInput = z.object({
  year: z.number().int().min(1990).max(2100),
  renstra: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
  /** propose the Renstra targets of `year` from the plan of this earlier year (nodes and indicators via lineage) */
  from: z.number().int().min(1990).max(2100).optional(),
});

export const nodeInput = z.object({
  kind: z.enum(kinds),
  parentId: z.uuid().nullable().optional(),
  name: text(2000),
  code: optionalText(40),
  output: optionalText(2000),
  location: optionalText(500),
  unitId: z.uuid().nullable().optional(),
  position: z.number().int().min(0).optional(),
  /** sumber dana of a Renja row (kept in raw.sumber_dana) */
  funding: optionalText(200),
});
export const nodePatch = nodeInput.partial().strict();

export const indicatorInput = z.object({
  nodeId: z.uuid(),
  name: text(2000),
  unit: optionalText(100),
  polarity: z.enum(['positive', 'negative', 'range']).nullable().optional(),
  aggregation: z.enum(['cumulative', 'last', 'average']).nullable().optional(),
  iku: z.boolean().optional(),
  definition: optionalText(5000),
  formula: optionalText(5000),
  dataSource: optionalText(500),
  responsibleUnitId: z.uuid().nullable().optional(),
  position: z.number().int().min(0).optional(),
  actions: z.array(z.object({ text: text(2000), schedule: z.record(period, z.union([z.number(), z.string().max(20)])).optional() })).optional(),
});
export const indicatorPatch = indicatorInput.partial().strict();

export const valuesInput = z.object({
  entries: z
    .array(
      z.object({
        indicatorId: z.uuid(),
        kind: z.enum(['target', 'renstra_target', 'baseline']),
        period,
        value: z.union([z.number().finite(), z.string().trim().max(40), z.null()]),
      }),
    )
    .min(1)
    .max(5000),
});

export const budgetsInput = z.object({
  entries: z
    .array(z.object({ nodeId: z.uuid(), period, pagu: z.number().int().min(0).max(1e15).nullable() }))
    .min(1)
    .max(5000),
});

const signatory = z.object({ name: text(200), rank: optionalText(100), nip: optionalText(30), position: optionalText(200) });
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const versionInput = z.object({
  kind: z.enum(['renstra', 'iku', 'iki', 'renja', 'pk', 'renaksi']),
  revision: optionalText(40),
  basis: optionalText(1000),
  signed: date.nullable().optional(),
});

export const versionPatch = z
  .object({
    basis: optionalText(1000),
    signed: date.nullable().optional(),
    signatories: z.object({ first: signatory.nullable().optional(), second: signatory.nullable().optional() }).optional(),
  })
  .strict();

export const transitionInput = z.object({
  to: z.enum(['draft', 'submitted', 'approved', 'signed']),
  signed: date.optional(),
  note: optionalText(1000),
});

export const perubahanInput = z.object({ basis: text(1000), signed: date });

export const diffQuery = z.object({ from: z.uuid(), to: z.uuid().optional() });

const field = z.string().max(20);
export const pasteInput = z.object({
  text: z.string().min(1).max(2_000_000),
  mapping: z.record(z.string().regex(/^\d+$/), field).optional(),
  headerRows: z.number().int().min(0).max(20).optional(),
  /** a node to hang the pasted top rows under (else they become roots or match existing rows) */
  underId: z.uuid().nullable().optional(),
  confirm: z.boolean().optional(),
});

export const XLSX_TABLES = ['renaksi', 'renja', 'pk', 'iku', 'renstra'] as const;
export const xlsxQuery = z.object({ table: z.enum(XLSX_TABLES) });
export const xlsxImportInput = z.object({
  table: z.enum(['renaksi', 'renja', 'pk']),
  /** the workbook, base64 */
  file: z.string().min(1).max(20_000_000),
  confirm: z.boolean().optional(),
});
