// A stand-in audit worker for the worker-pool test: it dies on inputs named "crash", loops
// forever on inputs named "hang", and answers every other input at once.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (task) => {
  if (task.path.includes('crash')) process.exit(3);
  if (task.path.includes('hang')) for (;;);
  parentPort.postMessage({ id: task.id, result: { source: task.path, status: 'audited', notes: [], bytes: 0, textChars: 0, findings: [] } });
});
