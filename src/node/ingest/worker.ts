// Worker-thread entry of the ingest pool (src/node/ingest/pool.ts): reads one file at a time off the main thread.
import { parentPort } from 'node:worker_threads';
import { readOne } from './index';
import type { FromIngestWorker, ToIngestWorker } from './pool';

const port = parentPort;
if (!port) throw new Error('ingest worker must run in a worker thread');
const post = (x: FromIngestWorker) => port.postMessage(x);

port.on('message', (m: ToIngestWorker) => {
  readOne(m.job, m.limits, m.overrides).then(
    (docs) => post({ type: 'result', id: m.id, docs }),
    (e: unknown) => post({ type: 'error', id: m.id, name: 'Error', message: (e as Error)?.message ?? String(e) }),
  );
});
post({ type: 'ready' });
