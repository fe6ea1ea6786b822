/** A worker thread of the audit: audits the inputs the pool sends it, one message each. */
import { parentPort } from 'node:worker_threads';
import { auditBytes, auditFile } from './audit-input';
import type { AuditTask } from './worker-pool';

parentPort!.on('message', async (task: AuditTask) => {
  const result =
    task.type === 'file' ? await auditFile(task.path, task.maxBytes) : auditBytes(task.source, task.bytes, task.kind, task.charset);
  parentPort!.postMessage({ id: task.id, result });
});
