// A synthetic backend injected as `window.parallax` (the IPC bridge shape) before the page loads, so the real
// built renderer can be driven at scale (200 sources × 5,000 groups) and with slow, cancellable analysis.
// The function below runs inside the page: it must be self-contained.
export interface FakeOptions {
  sources: number;
  groups: number;
  /** sources per group */
  perGroup: number;
  /** milliseconds per file of the fake analysis */
  msPerFile: number;
  /** start with the comparison already analysed */
  analysed: boolean;
  /** group 0 and every original text carry HTML that would run script if injected as markup */
  hostile?: boolean;
}

export function installFakeBackend(o: FakeOptions): void {
  const LANGS = ['en', 'zh-Hant', 'zh-Hans', 'vi'];
  const w = window as unknown as Record<string, unknown>;
  const marks: Record<string, number> = {};
  w.__parallaxMarks = marks;
  // first rows of the grid on screen
  new MutationObserver((_, obs) => {
    if (document.querySelector('.vgrid-row')) {
      marks.firstRows = performance.now();
      obs.disconnect();
    }
  }).observe(document, { subtree: true, childList: true });

  const sources = Array.from({ length: o.sources }, (_, i) => ({
    id: `s${i}`,
    path: `outlet-${i}.txt`,
    outlet: `Outlet ${i}`,
    language: LANGS[i % 4],
    title: `Report ${i}`,
    published: '2025-10-14',
    url: null,
    format: 'text',
    encoding: 'utf-8',
    diagnostics: [],
  }));
  const text = (lang: string, g: number, hours: number) =>
    lang === 'zh-Hant'
      ? `第${g}組：會談持續了${hours}個小時，雙方簽署了備忘錄。`
      : lang === 'zh-Hans'
        ? `第${g}组：会谈持续了${hours}个小时，双方签署了备忘录。`
        : lang === 'vi'
          ? `Nhóm ${g}: cuộc hội đàm kéo dài ${hours} giờ và hai bên đã ký bản ghi nhớ.`
          : `Group ${g}: the talks lasted ${hours} hours and both sides signed a memorandum.`;
  const hoursText = (lang: string, hours: number) =>
    lang === 'zh-Hant' ? `${hours}個小時` : lang === 'zh-Hans' ? `${hours}个小时` : lang === 'vi' ? `${hours} giờ` : `${hours} hours`;

  const build = () => {
    const claims: unknown[] = [];
    const alignments: Record<string, unknown>[] = [];
    for (let g = 0; g < o.groups; g++) {
      const conflict = g % 3 === 0;
      const ids: string[] = [];
      const values: unknown[] = [];
      for (let k = 0; k < o.perGroup; k++) {
        const si = (g * 7 + k * Math.floor(o.sources / o.perGroup)) % o.sources;
        const lang = LANGS[si % 4];
        const hours = conflict && k % 5 === 0 ? 2 : 3;
        const t = (o.hostile && g === 0 ? '<img src=x onerror="window.__pwned=1"><b>bold</b> ' : '') + text(lang, g, hours);
        const ht = hoursText(lang, hours);
        const start = t.indexOf(ht);
        const id = `c${g}-${si}`;
        ids.push(id);
        const value = { min: hours, max: hours, unit: 'hour' };
        claims.push({
          id,
          sourceId: `s${si}`,
          eventId: 'e1',
          text: t,
          origin: { start: 0, end: t.length },
          facts: [{ kind: 'duration', text: ht, value, start, end: start + ht.length }],
          index: g,
        });
        values.push({ claimId: id, text: ht, value });
      }
      alignments.push({
        id: `g${g}`,
        eventId: 'e1',
        claimIds: ids,
        score: 0.8,
        status: conflict ? 'conflict' : 'agreement',
        discrepancies: conflict ? [{ kind: 'duration', values }] : [],
        tag: null,
      });
    }
    return {
      format: 'parallax.comparison',
      version: 1,
      generatedAt: new Date().toISOString(),
      engine: { name: 'parallax', version: 'fake', settings: {} },
      sources,
      events: [{ id: 'e1', label: 'Synthetic talks', date: '2025-10-14', place: 'Nowhere', sourceIds: sources.map((s) => s.id) }],
      claims,
      alignments,
      factTable: [],
    };
  };

  // built on first request, as the real services deliver it (not while the page loads)
  let comparison: Record<string, unknown> | null = null;
  let pending = o.analysed;
  const listeners: Record<string, Set<(p: unknown) => void>> = {
    'analysis:progress': new Set(),
    'project:changed': new Set(),
    'app:menu': new Set(),
  };
  const emit = (e: string, p: unknown) => listeners[e]?.forEach((l) => l(p));
  // lets a test play the Electron main process (application menu events)
  w.__parallaxEmit = emit;
  let job: { id: string; cancelled: boolean } | null = null;
  let jobs = 0;
  const summary = { folders: ['/fake/corpus'], projectPath: null, sources, diagnostics: [], revision: 1 };
  const ok = <T>(v: T) => Promise.resolve(v);

  w.parallax = {
    'app:get-info': () => ok({ version: 'fake', transport: 'ipc', demoFolder: '/fake/demo', nativeDialogs: true, pdfExport: false }),
    'app:get-recent': () => ok(['/fake/corpus']),
    'dialog:pick-folders': () => ok(['/fake/corpus']),
    'project:open-folders': () => ok(summary),
    'project:get-summary': () => ok(summary),
    'project:list-sources': () => ok(sources),
    'project:set-outlet': () => ok(summary),
    'analysis:start': () => {
      const j = { id: `job${++jobs}`, cancelled: false };
      job = j;
      let done = 0;
      const step = () => {
        if (j.cancelled) return emit('analysis:progress', { jobId: j.id, phase: 'cancelled', done, total: o.sources });
        if (done >= o.sources) {
          comparison = build();
          return emit('analysis:progress', { jobId: j.id, phase: 'done', done, total: o.sources });
        }
        done++;
        emit('analysis:progress', { jobId: j.id, phase: 'reading', done, total: o.sources, current: `outlet-${done - 1}.txt` });
        setTimeout(step, o.msPerFile);
      };
      setTimeout(step, 10);
      return ok({ jobId: j.id });
    },
    'analysis:cancel': (req: { jobId: string }) => {
      if (job && job.id === req.jobId) job.cancelled = true;
      return ok({ cancelled: true });
    },
    'comparison:get': () => {
      if (pending) {
        pending = false;
        comparison = build();
      }
      return ok(comparison);
    },
    'source:get-text': () =>
      ok({
        original: o.hostile
          ? '<html><script>window.__pwned=2</script><p>raw <b>text</b><img src=x onerror="window.__pwned=3"></p></html>'
          : '<p>raw <b>text</b></p>',
        text: 'raw text',
      }),
    'tag:set': (req: { alignmentId: string; status: string | null; note: string }) => {
      if (!comparison) return Promise.reject(new Error('no analysis'));
      const alignments = (comparison.alignments as Record<string, unknown>[]).map((a) =>
        a.id === req.alignmentId ? { ...a, tag: { status: req.status, note: req.note, updatedAt: new Date().toISOString() } } : a,
      );
      comparison = { ...comparison, alignments };
      return ok(comparison);
    },
    'link:add': () => ok(comparison),
    'link:remove': () => ok(comparison),
    'names:add-variant': () => ok(comparison),
    'export:write': () => ok({ path: null, content: '', bytes: 0 }),
    on: (event: string, l: (p: unknown) => void) => {
      listeners[event]?.add(l);
      return () => listeners[event]?.delete(l);
    },
  };
}
