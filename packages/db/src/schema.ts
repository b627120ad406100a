/**
 * The kinerja data model. Every table but `pemda` carries `pemda_id` (the tenant).
 * Money is integer rupiah (`bigint`), decimal measures are `numeric`, periods are text keys
 * (`2025`, `2025-S1`, `2025-Q3`, `2025-07`). Migrations are generated from this file by
 * drizzle-kit into plain SQL under `migrations/` and run unchanged on PGlite and PostgreSQL.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
const pemdaRef = () =>
  uuid('pemda_id')
    .notNull()
    .references(() => pemda.id, { onDelete: 'cascade' });
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** Pemerintah Daerah: the tenant. */
export const pemda = pgTable('pemda', {
  id: id(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  province: text('province'),
  /** `kabupaten` | `kota` | `provinsi` (the K digit of kegiatan codes depends on it) */
  level: text('level').notNull().default('kabupaten'),
  createdAt: createdAt(),
});

/** Perangkat daerah. */
export const opd = pgTable(
  'opd',
  {
    id: id(),
    pemdaId: pemdaRef(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    abbr: text('abbr'),
    address: text('address'),
    /** { name, rank, nip, position } of the kepala */
    head: jsonb('head'),
    extra: jsonb('extra'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('opd_pemda_slug').on(t.pemdaId, t.slug)],
);

/** Unit kerja (bidang, sekretariat, subbagian) inside an OPD. */
export const unit = pgTable(
  'unit',
  {
    id: id(),
    pemdaId: pemdaRef(),
    opdId: uuid('opd_id')
      .notNull()
      .references(() => opd.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id'),
    name: text('name').notNull(),
    extra: jsonb('extra'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('unit_opd_name').on(t.opdId, t.name)],
);

/** Jabatan (position) inside a unit, holder of IKI. */
export const jabatan = pgTable('jabatan', {
  id: id(),
  pemdaId: pemdaRef(),
  opdId: uuid('opd_id')
    .notNull()
    .references(() => opd.id, { onDelete: 'cascade' }),
  unitId: uuid('unit_id').references(() => unit.id, { onDelete: 'set null' }),
  name: text('name').notNull(),
  holder: jsonb('holder'),
  createdAt: createdAt(),
});

/** A person who logs in. `pemda_id` is null only for super admins. */
export const appUser = pgTable('app_user', {
  id: id(),
  pemdaId: uuid('pemda_id').references(() => pemda.id, { onDelete: 'cascade' }),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  disabled: boolean('disabled').notNull().default(false),
  createdAt: createdAt(),
});

/**
 * What a user may do: `superadmin`, `admin_pemda`, `evaluator`, `admin_opd` (perencana),
 * `operator` (of one unit), `pimpinan` (kepala OPD).
 */
export const roleAssignment = pgTable(
  'role_assignment',
  {
    id: id(),
    pemdaId: uuid('pemda_id').references(() => pemda.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    opdId: uuid('opd_id').references(() => opd.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id').references(() => unit.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [index('role_assignment_user').on(t.userId)],
);

/** A login session; the cookie carries the token, the table its SHA-256. */
export const session = pgTable('session', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => appUser.id, { onDelete: 'cascade' }),
  csrfToken: text('csrf_token').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: createdAt(),
});

/**
 * The plan of one OPD for one year: what one kinerja-dataset/1 file carries (its plan tree,
 * indicators, documents, evaluations and profile). Several years of one OPD sit side by side;
 * nodes of different years are linked by `lineage_key`.
 */
export const plan = pgTable(
  'plan',
  {
    id: id(),
    pemdaId: pemdaRef(),
    opdId: uuid('opd_id')
      .notNull()
      .references(() => opd.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    renstraStart: integer('renstra_start'),
    renstraEnd: integer('renstra_end'),
    /** { file, title, date, ... } of the source document */
    source: jsonb('source'),
    evaluations: jsonb('evaluations').notNull().default({}),
    profile: jsonb('profile').notNull().default({}),
    /** the findings a dataset file records about its own source (kept for round trips) */
    findings: jsonb('findings').notNull().default([]),
    extra: jsonb('extra'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('plan_opd_year').on(t.opdId, t.year)],
);

/** A planning document version: Renstra, IKU, IKI, Renja, PK, Rencana Aksi, LKjIP, RKPD. */
export const planDocument = pgTable(
  'plan_document',
  {
    id: id(),
    pemdaId: pemdaRef(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plan.id, { onDelete: 'cascade' }),
    extId: text('ext_id'),
    kind: text('kind').notNull(),
    /** as the source names it: `awal`, `perubahan`, `reviu`, `rancangan`, ... or null */
    revision: text('revision'),
    versionNo: integer('version_no').notNull().default(1),
    /** `draft` | `submitted` | `approved` | `signed` */
    status: text('status').notNull().default('draft'),
    basis: text('basis'),
    signed: date('signed', { mode: 'string' }),
    supersedesId: uuid('supersedes_id'),
    /** the version's plan content (kinerja-dataset/1, stored ids) frozen when approved, signed or superseded */
    snapshot: jsonb('snapshot'),
    extra: jsonb('extra'),
    createdAt: createdAt(),
  },
  (t) => [index('plan_document_plan').on(t.planId)],
);

/** A node of the plan tree: visi, misi, tujuan, sasaran, program, kegiatan, subkegiatan, iki. */
export const planNode = pgTable(
  'plan_node',
  {
    id: id(),
    pemdaId: pemdaRef(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plan.id, { onDelete: 'cascade' }),
    extId: text('ext_id'),
    kind: text('kind').notNull(),
    parentId: uuid('parent_id'),
    position: integer('position').notNull().default(0),
    name: text('name').notNull(),
    output: text('output'),
    code: text('code'),
    unitId: uuid('unit_id').references(() => unit.id, { onDelete: 'set null' }),
    location: text('location'),
    /** the same sasaran/program across years: code, else kind + normalised name */
    lineageKey: text('lineage_key'),
    printed: jsonb('printed'),
    alternatives: jsonb('alternatives'),
    raw: jsonb('raw'),
    extra: jsonb('extra'),
    createdAt: createdAt(),
  },
  (t) => [index('plan_node_plan').on(t.planId), index('plan_node_lineage').on(t.pemdaId, t.lineageKey)],
);

/** Closure table of the plan tree (depth 0 = the node itself). */
export const planNodeClosure = pgTable(
  'plan_node_closure',
  {
    pemdaId: pemdaRef(),
    ancestorId: uuid('ancestor_id')
      .notNull()
      .references(() => planNode.id, { onDelete: 'cascade' }),
    descendantId: uuid('descendant_id')
      .notNull()
      .references(() => planNode.id, { onDelete: 'cascade' }),
    depth: integer('depth').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ancestorId, t.descendantId] }), index('closure_descendant').on(t.descendantId)],
);

/** Pagu and realisasi anggaran of a node for a period, in integer rupiah. */
export const nodeBudget = pgTable(
  'node_budget',
  {
    id: id(),
    pemdaId: pemdaRef(),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => planNode.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    pagu: bigint('pagu', { mode: 'number' }),
    realisasi: bigint('realisasi', { mode: 'number' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('node_budget_node_period').on(t.nodeId, t.period)],
);

/** A performance indicator of a node. */
export const indicator = pgTable(
  'indicator',
  {
    id: id(),
    pemdaId: pemdaRef(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plan.id, { onDelete: 'cascade' }),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => planNode.id, { onDelete: 'cascade' }),
    extId: text('ext_id'),
    position: integer('position').notNull().default(0),
    name: text('name').notNull(),
    unit: text('unit'),
    /** `positive` | `negative` | `range` */
    polarity: text('polarity'),
    /** `cumulative` | `last` | `average` */
    aggregation: text('aggregation'),
    iku: boolean('iku').notNull().default(false),
    definition: text('definition'),
    formula: text('formula'),
    dataSource: text('data_source'),
    responsibleUnitId: uuid('responsible_unit_id').references(() => unit.id, { onDelete: 'set null' }),
    lineageKey: text('lineage_key'),
    scheduleOverflow: jsonb('schedule_overflow'),
    comparisons: jsonb('comparisons'),
    actions: jsonb('actions'),
    analysis: jsonb('analysis'),
    printed: jsonb('printed'),
    alternatives: jsonb('alternatives'),
    raw: jsonb('raw'),
    extra: jsonb('extra'),
    createdAt: createdAt(),
  },
  (t) => [index('indicator_plan').on(t.planId), index('indicator_node').on(t.nodeId)],
);

/**
 * A value of an indicator for a period: `baseline`, `target`, `renstra_target` or `realization`.
 * `value` is numeric; a printed value that is not a number (`-`, `Baik`) is kept in `text_value`.
 * Realisations carry the monitoring workflow (status, narrative, who entered them).
 */
export const indicatorValue = pgTable(
  'indicator_value',
  {
    id: id(),
    pemdaId: pemdaRef(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicator.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    period: text('period').notNull(),
    value: numeric('value'),
    textValue: text('text_value'),
    /** `draft` | `submitted` | `verified` | `approved` | `rejected` (realisations) */
    status: text('status').notNull().default('approved'),
    narrative: jsonb('narrative'),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('indicator_value_key').on(t.indicatorId, t.kind, t.period)],
);

/** A named, versioned rule set (domain-rules.md §12a). `pemda_id` null = built in. */
export const ruleSet = pgTable(
  'rule_set',
  {
    id: id(),
    pemdaId: uuid('pemda_id').references(() => pemda.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    version: integer('version').notNull(),
    params: jsonb('params').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('rule_set_key_version').on(t.pemdaId, t.key, t.version)],
);

/** Which rule set a Pemda uses for a year. */
export const ruleSetAssignment = pgTable(
  'rule_set_assignment',
  {
    pemdaId: pemdaRef(),
    year: integer('year').notNull(),
    ruleSetId: uuid('rule_set_id')
      .notNull()
      .references(() => ruleSet.id),
  },
  (t) => [primaryKey({ columns: [t.pemdaId, t.year] })],
);

/** Every change to plan or realisation data, written in the same transaction as the change. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    pemdaId: uuid('pemda_id'),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    reason: text('reason'),
  },
  (t) => [index('audit_pemda_at').on(t.pemdaId, t.at)],
);

/*
 * Monitoring (issue 6): entry windows, the realisation workflow, evidence files, notices, outbox.
 */

/**
 * The entry window of a period key (`2025-Q1`) for a whole Pemda. Outside [opens_at, closes_at]
 * the period is read-only, unless an audited reopen keeps it open until `reopened_until`.
 */
export const periodWindow = pgTable(
  'period_window',
  {
    id: id(),
    pemdaId: pemdaRef(),
    period: text('period').notNull(),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    reopenedUntil: timestamp('reopened_until', { withTimezone: true }),
    reopenedBy: uuid('reopened_by'),
    reopenReason: text('reopen_reason'),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('period_window_pemda_period').on(t.pemdaId, t.period)],
);

/** One step of the realisation workflow (draft → submitted → verified → approved; reject → draft). */
export const workflowEvent = pgTable(
  'workflow_event',
  {
    id: id(),
    pemdaId: pemdaRef(),
    indicatorValueId: uuid('indicator_value_id')
      .notNull()
      .references(() => indicatorValue.id, { onDelete: 'cascade' }),
    /** `submit` | `verify` | `approve` | `reject` */
    action: text('action').notNull(),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    comment: text('comment'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('workflow_event_value').on(t.indicatorValueId, t.at)],
);

/** A file proving a realisation (indicator + period), stored on disk under the data directory. */
export const evidence = pgTable(
  'evidence',
  {
    id: id(),
    pemdaId: pemdaRef(),
    opdId: uuid('opd_id')
      .notNull()
      .references(() => opd.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicator.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    fileName: text('file_name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    /** relative to the evidence directory: `<pemda id>/<evidence id>` */
    storagePath: text('storage_path').notNull(),
    uploadedBy: uuid('uploaded_by'),
    createdAt: createdAt(),
  },
  (t) => [index('evidence_indicator_period').on(t.indicatorId, t.period)],
);

/** An in-app notice to one user (e.g. a late realisation); `dedupe_key` keeps reruns from repeating it. */
export const notice = pgTable(
  'notice',
  {
    id: id(),
    pemdaId: pemdaRef(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    data: jsonb('data'),
    dedupeKey: text('dedupe_key'),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('notice_user').on(t.userId, t.createdAt), uniqueIndex('notice_user_dedupe').on(t.userId, t.dedupeKey)],
);

/** An e-mail ready to be sent by a mailer (`pending` → `sent` | `failed`). */
export const outbox = pgTable(
  'outbox',
  {
    id: id(),
    pemdaId: pemdaRef(),
    userId: uuid('user_id').references(() => appUser.id, { onDelete: 'set null' }),
    toAddress: text('to_address'),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    status: text('status').notNull().default('pending'),
    dedupeKey: text('dedupe_key'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('outbox_status').on(t.status, t.createdAt), uniqueIndex('outbox_dedupe').on(t.pemdaId, t.dedupeKey)],
);

/*
 * Reports (issue 7): generation jobs of official documents and the narrative sections users write.
 */

/**
 * One generation of an official document (PK, Rencana Aksi, Renja, evaluasi triwulan, LKjIP):
 * `queued` → `running` (progress 0–100) → `done` | `failed`. The file is stored on disk under
 * `<reports dir>/<pemda id>/<job id>`; `data_version` is a hash of the dataset it was built from.
 */
export const reportJob = pgTable(
  'report_job',
  {
    id: id(),
    pemdaId: pemdaRef(),
    opdId: uuid('opd_id')
      .notNull()
      .references(() => opd.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    /** `pk` | `renaksi` | `renja` | `evaluasi-triwulan` | `lkjip` */
    kind: text('kind').notNull(),
    /** `docx` | `xlsx` | `pdf` */
    format: text('format').notNull(),
    period: text('period'),
    unit: text('unit'),
    /** `queued` | `running` | `done` | `failed` */
    status: text('status').notNull().default('queued'),
    progress: integer('progress').notNull().default(0),
    error: text('error'),
    fileName: text('file_name'),
    /** relative to the reports directory: `<pemda id>/<job id>` */
    storagePath: text('storage_path'),
    size: integer('size'),
    sha256: text('sha256'),
    dataVersion: text('data_version'),
    findingsCount: integer('findings_count'),
    findings: jsonb('findings'),
    /** the process that runs the job (a restart marks the stale jobs of other processes failed) */
    worker: text('worker'),
    requestedBy: uuid('requested_by').references(() => appUser.id, { onDelete: 'set null' }),
    requestedByName: text('requested_by_name'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('report_job_opd').on(t.pemdaId, t.opdId, t.createdAt), index('report_job_status').on(t.status)],
);

/** A narrative section of a document the user writes (LKjIP kata pengantar, Bab I latar belakang …). */
export const reportNarrative = pgTable(
  'report_narrative',
  {
    id: id(),
    pemdaId: pemdaRef(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plan.id, { onDelete: 'cascade' }),
    /** the document version the text was written for, when there is one */
    documentId: uuid('document_id').references(() => planDocument.id, { onDelete: 'set null' }),
    kind: text('kind').notNull(),
    sectionId: text('section_id').notNull(),
    text: text('text').notNull(),
    updatedBy: uuid('updated_by').references(() => appUser.id, { onDelete: 'set null' }),
    updatedByName: text('updated_by_name'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('report_narrative_section').on(t.planId, t.kind, t.sectionId)],
);
