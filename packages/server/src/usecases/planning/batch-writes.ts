/**
 * The writes of a paste or XLSX import collected in memory and sent in a few statements: new
 * nodes with their closure rows, new indicators, target and pagu upserts and the audit rows (in
 * the order the changes were made). A 60-row table is then a dozen queries, not three thousand.
 */
import { and, eq, sql } from 'drizzle-orm';
import { schema, type Actor, type AuditEntry, type Executor } from '@kinerja/db';
import type { CellValue } from './write-values.ts';
import type { IndicatorRow, NodeRow } from './rows.ts';

type ClosureRow = typeof schema.planNodeClosure.$inferInsert;

/** Rows per INSERT, well under PostgreSQL's 65 535 parameters. */
const CHUNK = 500;

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

export class BatchWrites {
  private readonly nodes: NodeRow[] = [];
  private readonly closure: ClosureRow[] = [];
  private readonly indicators: IndicatorRow[] = [];
  private readonly values = new Map<string, { indicatorId: string; kind: string; period: string; value: CellValue }>();
  private readonly budgets = new Map<string, { nodeId: string; period: string; pagu: number }>();
  private readonly audits: AuditEntry[] = [];

  constructor(
    private readonly pemdaId: string,
    private readonly actor: Actor,
  ) {}

  audit(e: Omit<AuditEntry, 'pemdaId' | 'actor'>): void {
    this.audits.push({ pemdaId: this.pemdaId, actor: this.actor, ...e });
  }

  /** A new node (its row is completed from the database on flush) and its closure rows. */
  addNode(row: NodeRow, ancestors: readonly { ancestorId: string; depth: number }[]): void {
    this.nodes.push(row);
    this.closure.push(
      { pemdaId: this.pemdaId, ancestorId: row.id, descendantId: row.id, depth: 0 },
      ...ancestors.map((a) => ({ pemdaId: this.pemdaId, ancestorId: a.ancestorId, descendantId: row.id, depth: a.depth + 1 })),
    );
  }

  addIndicator(row: IndicatorRow): void {
    this.indicators.push(row);
  }

  /** A target set (null removes it), audited with its value before. */
  setValue(indicatorId: string, kind: 'target', period: string, before: CellValue, value: CellValue): void {
    this.values.set(`${indicatorId}|${kind}|${period}`, { indicatorId, kind, period, value });
    this.audit({ action: 'set', entity: `indicator_value.${kind}`, entityId: indicatorId, before: { period, value: before }, after: { period, value } });
  }

  /** A pagu set (never null here: a pasted blank pagu is skipped), audited with the pagu before. */
  setPagu(nodeId: string, period: string, before: number | null, pagu: number): void {
    this.budgets.set(`${nodeId}|${period}`, { nodeId, period, pagu });
    this.audit({ action: 'set', entity: 'node_budget', entityId: nodeId, before: { period, pagu: before }, after: { period, pagu } });
  }

  async flush(tx: Executor, updatedBy: string | null): Promise<void> {
    const pemdaId = this.pemdaId;
    const now = new Date();
    await inChunks(this.nodes, async (chunk) => {
      const stored = await tx.insert(schema.planNode).values(chunk.map(({ createdAt: _, ...n }) => n)).returning();
      for (const row of stored) Object.assign(chunk.find((n) => n.id === row.id) ?? {}, row);
    });
    await inChunks(this.closure, (chunk) => tx.insert(schema.planNodeClosure).values(chunk));
    await inChunks(this.indicators, async (chunk) => {
      const stored = await tx.insert(schema.indicator).values(chunk.map(({ createdAt: _, ...i }) => i)).returning();
      for (const row of stored) Object.assign(chunk.find((i) => i.id === row.id) ?? {}, row);
    });
    const values = [...this.values.values()];
    const upserts = values.filter((v) => v.value !== null);
    await inChunks(upserts, (chunk) =>
      tx
        .insert(schema.indicatorValue)
        .values(
          chunk.map((v) => ({
            pemdaId, indicatorId: v.indicatorId, kind: v.kind, period: v.period, updatedBy, updatedAt: now,
            value: typeof v.value === 'number' ? String(v.value) : null, textValue: typeof v.value === 'string' ? v.value : null,
          })),
        )
        .onConflictDoUpdate({
          target: [schema.indicatorValue.indicatorId, schema.indicatorValue.kind, schema.indicatorValue.period],
          set: { value: sql`excluded.value`, textValue: sql`excluded.text_value`, updatedBy: sql`excluded.updated_by`, updatedAt: sql`excluded.updated_at` },
        }),
    );
    for (const v of values.filter((x) => x.value === null)) {
      const iv = schema.indicatorValue;
      await tx.delete(iv).where(and(eq(iv.pemdaId, pemdaId), eq(iv.indicatorId, v.indicatorId), eq(iv.kind, v.kind), eq(iv.period, v.period)));
    }
    await inChunks([...this.budgets.values()], (chunk) =>
      tx
        .insert(schema.nodeBudget)
        .values(chunk.map((b) => ({ pemdaId, nodeId: b.nodeId, period: b.period, pagu: b.pagu, updatedAt: now })))
        .onConflictDoUpdate({ target: [schema.nodeBudget.nodeId, schema.nodeBudget.period], set: { pagu: sql`excluded.pagu`, updatedAt: sql`excluded.updated_at` } }),
    );
    // serialised now: the node and indicator rows above are complete
    const audits = this.audits.map((e) => ({
      pemdaId: e.pemdaId, actorId: e.actor.id, actorName: e.actor.name, action: e.action, entity: e.entity,
      entityId: e.entityId ?? null, before: e.before ?? null, after: e.after ?? null, reason: e.reason ?? null,
    }));
    await inChunks(audits, (chunk) => tx.insert(schema.auditLog).values(chunk));
  }
}
