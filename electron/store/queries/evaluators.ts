import type { Store } from '../open';

export interface NewEvaluator {
  id: string;
  name: string;
  unitId: string | null;
  role: string;
  isDemo: boolean;
  createdAt: string;
}

export function insertEvaluator(db: Store, e: NewEvaluator): void {
  db.prepare(
    'INSERT INTO evaluators (id, name, unit_id, role, is_demo, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(e.id, e.name, e.unitId, e.role, e.isDemo ? 1 : 0, e.createdAt);
}
