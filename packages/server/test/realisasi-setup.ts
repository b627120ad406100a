/** Monitoring test setup: a tenant with a second unit and its operator, quarterly targets, and a settable clock. */
import { and, eq } from 'drizzle-orm';
import { schema, type Database } from '@kinerja/db';
import { createApp } from '../src/app.ts';
import { hashPassword } from '../src/auth/password.ts';
import { createTenant, PASSWORD, type Tenant } from './helpers.ts';

export interface MonitoringTenant extends Tenant {
  otherUnit: { id: string };
  /** operator of the other unit */
  otherOperator: { id: string; username: string };
  /** an indicator of the other unit (Persentase ASN yang mengikuti diklat formal, T 2025 = 95) */
  otherIndicatorId: string;
}

/** A clock the test moves; the app reads it through `now`. */
export class Clock {
  constructor(public at: Date) {}
  now = (): Date => {
    this.at = new Date(this.at.getTime() + 1000);
    return this.at;
  };
  set(iso: string): void {
    this.at = new Date(iso);
  }
}

export const appWith = (database: Database, clock: Clock) => createApp({ db: database.db, kind: database.kind, demo: false, now: clock.now });

/**
 * createTenant plus: the Nilai SAKIP indicator (T 2025 = 71,51, every quarter 71,51) belongs to
 * "Bidang Uji"; a second unit with the diklat indicator of seed 000 (TW 10 + 25 + 30 + 30 = 95).
 */
export async function createMonitoringTenant(database: Database, prefix: string): Promise<MonitoringTenant> {
  const db = database.db;
  const t = await createTenant(db, prefix);
  const p = t.pemda.id;
  await db.update(schema.indicator).set({ responsibleUnitId: t.unit.id }).where(eq(schema.indicator.id, t.indicatorId));
  await db
    .insert(schema.indicatorValue)
    .values(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'].map((period) => ({ pemdaId: p, indicatorId: t.indicatorId, kind: 'target', period, value: '71.51' })));
  // the seeded Q1 realisation of createTenant stays as imported (approved)
  const [u2] = await db.insert(schema.unit).values({ pemdaId: p, opdId: t.opd.id, name: 'Bidang Pengembangan' }).returning();
  if (!u2) throw new Error('no unit');
  const [ind2] = await db
    .insert(schema.indicator)
    .values({ pemdaId: p, planId: t.planId, nodeId: t.nodeId, extId: 'S1.I2', name: 'Persentase ASN yang mengikuti pendidikan dan pelatihan formal', unit: '%', polarity: 'positive', aggregation: 'cumulative', iku: true, responsibleUnitId: u2.id })
    .returning();
  if (!ind2) throw new Error('no indicator');
  const targets: [string, string][] = [['2025', '95'], ['2025-Q1', '10'], ['2025-Q2', '25'], ['2025-Q3', '30'], ['2025-Q4', '30']];
  await db.insert(schema.indicatorValue).values(targets.map(([period, value]) => ({ pemdaId: p, indicatorId: ind2.id, kind: 'target', period, value })));
  const username = `operator2-${t.pemda.slug}`;
  const [user] = await db.insert(schema.appUser).values({ pemdaId: p, username, displayName: 'Operator Pengembangan', passwordHash: await hashPassword(PASSWORD) }).returning();
  if (!user) throw new Error('no user');
  await db.insert(schema.roleAssignment).values({ pemdaId: p, userId: user.id, role: 'operator', opdId: t.opd.id, unitId: u2.id });
  return { ...t, otherUnit: { id: u2.id }, otherOperator: { id: user.id, username }, otherIndicatorId: ind2.id };
}

export async function valueRows(database: Database, pemdaId: string) {
  return database.db
    .select()
    .from(schema.indicatorValue)
    .where(and(eq(schema.indicatorValue.pemdaId, pemdaId), eq(schema.indicatorValue.kind, 'realization')));
}

export async function auditRows(database: Database, pemdaId: string, entity: string) {
  return database.db
    .select()
    .from(schema.auditLog)
    .where(and(eq(schema.auditLog.pemdaId, pemdaId), eq(schema.auditLog.entity, entity)));
}
