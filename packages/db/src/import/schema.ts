/**
 * The zod schema of kinerja-dataset/1 (shared/fixtures/FORMAT.md). Every object lets unknown keys
 * through (they are stored and exported unchanged); what the database holds in typed columns is
 * checked here: period keys, integer rupiah, enumerations, references are checked in `references.ts`.
 */
import { z } from 'zod';
import { msg } from '../messages.ts';

/** `2025`, `2025-07`, `2025-Q3`, `2025-S1`. */
export const PERIOD_RE = /^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|S[12]))?$/;

const period = z.string().regex(PERIOD_RE, msg.badPeriod);
const text = z.string().nullable().optional();
const scalar = z.union([z.number(), z.string()]);
const rupiah = z.number().int(msg.notInteger).min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);

export const periodMapSchema = z.record(period, scalar);
export const moneyMapSchema = z.record(period, rupiah);

const printedSchema = z.record(z.string(), z.record(z.string(), z.union([z.number(), z.record(z.string(), z.number())])));

const alternativeSchema = z
  .object({ field: z.string(), value: z.union([z.number(), z.string()]), source: z.string() })
  .passthrough();

export const nodeKinds = ['visi', 'misi', 'tujuan', 'sasaran', 'program', 'kegiatan', 'subkegiatan', 'iki'] as const;

const documentSchema = z
  .object({
    id: z.string().min(1),
    kind: z.string().min(1),
    revision: text,
    signed: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'tanggal harus berbentuk YYYY-MM-DD')
      .nullable()
      .optional(),
    basis: text,
  })
  .passthrough();

const unitSchema = z.object({ id: z.string().min(1), name: z.string().min(1, msg.emptyName), parent: text }).passthrough();

const nodeSchema = z
  .object({
    id: z.string().min(1),
    kind: z.enum(nodeKinds),
    parent: text,
    name: z.string(),
    output: text,
    code: text,
    unit: text,
    budget: moneyMapSchema.optional(),
    budget_realization: moneyMapSchema.optional(),
    location: text,
    printed: printedSchema.nullable().optional(),
    alternatives: z.array(alternativeSchema).nullable().optional(),
  })
  .passthrough();

const indicatorSchema = z
  .object({
    id: z.string().min(1),
    node: z.string().min(1),
    name: z.string(),
    unit: text,
    polarity: z.enum(['positive', 'negative', 'range']).nullable().optional(),
    aggregation: z.enum(['cumulative', 'last', 'average']).nullable().optional(),
    iku: z.boolean().optional(),
    definition: text,
    formula: text,
    data_source: text,
    responsible: text,
    baseline: periodMapSchema.optional(),
    targets: periodMapSchema.optional(),
    realizations: periodMapSchema.optional(),
    renstra_targets: periodMapSchema.optional(),
    schedule_overflow: z.array(z.unknown()).nullable().optional(),
    comparisons: z.array(z.unknown()).nullable().optional(),
    actions: z.array(z.unknown()).nullable().optional(),
    analysis: z.record(z.string(), z.unknown()).nullable().optional(),
    printed: printedSchema.nullable().optional(),
    alternatives: z.array(alternativeSchema).nullable().optional(),
  })
  .passthrough();

const findingSchema = z
  .object({
    ref: z.string().min(1),
    check: z.enum(['sum', 'schedule', 'ratio', 'conflict', 'code', 'duplicate', 'unit', 'text']),
  })
  .passthrough();

export const datasetSchema = z
  .object({
    format: z.literal('kinerja-dataset/1', { errorMap: () => ({ message: msg.wrongFormat }) }),
    source: z.record(z.string(), z.unknown()).nullable().optional(),
    pemda: z.object({ name: z.string().min(1, msg.emptyName), province: text }).passthrough(),
    opd: z
      .object({
        name: z.string().min(1, msg.emptyName),
        abbr: text,
        address: text,
        head: z.record(z.string(), z.unknown()).nullable().optional(),
      })
      .passthrough(),
    year: z.number().int().min(1900).max(2999),
    renstra: z.object({ start: z.number().int(), end: z.number().int() }).passthrough().nullable().optional(),
    documents: z.array(documentSchema),
    units: z.array(unitSchema),
    nodes: z.array(nodeSchema),
    indicators: z.array(indicatorSchema),
    evaluations: z.record(z.string(), z.unknown()).optional(),
    profile: z.record(z.string(), z.unknown()).optional(),
    findings: z.array(findingSchema).optional(),
  })
  .passthrough();

/** Indonesian messages for zod's own issues. */
export const errorMapId: z.ZodErrorMap = (issue, ctx) => {
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type:
      if (issue.received === 'undefined') return { message: msg.required };
      if (issue.expected === 'integer') return { message: msg.notInteger };
      return { message: msg.wrongType(issue.expected) };
    case z.ZodIssueCode.invalid_enum_value:
      return { message: msg.badEnum(issue.options) };
    case z.ZodIssueCode.invalid_union:
      return { message: msg.badValue };
    case z.ZodIssueCode.too_small:
      return { message: msg.required };
    default:
      return { message: ctx.defaultError === 'Invalid input' ? msg.badValue : ctx.defaultError };
  }
};
