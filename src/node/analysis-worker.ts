// Worker-thread entry of the analysis runner (src/node/service/analysis.ts): runs the engine off the main thread.
import { parentPort } from 'node:worker_threads';
import { analyzeInline, type FromWorker, type ToWorker } from './service/analysis';

const port = parentPort;
if (!port) throw new Error('analysis-worker must run in a worker thread');
const post = (x: FromWorker) => port.postMessage(x);

port.on('message', (m: ToWorker) => {
  if (m.type !== 'analyze') return;
  try {
    const fixed = m.now ? new Date(m.now) : null;
    const comparison = analyzeInline(m.docs, {
      nameVariants: m.nameVariants,
      settings: m.settings,
      now: fixed ? () => fixed : undefined,
      onProgress: (done, total) => post({ type: 'progress', id: m.id, done, total }),
    });
    post({ type: 'result', id: m.id, comparison });
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    post({ type: 'error', id: m.id, name: err.name, message: err.message });
  }
});
post({ type: 'ready' });
