// The table `npm run bench` prints (scripts/bench/run.mjs measures; this only formats).

/** Targets of the share-card change, per page against the baseline. */
const TARGETS = { first: 2.0, rebuild: 1.2 };

const fmt = (n, d = 1) =>
  n === undefined ? '–' : n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const kb = (bytes) => (bytes === undefined ? '–' : `${(bytes / 1024).toFixed(1)} KB`);

/** The results of every size as Markdown: the table, each round's ratios, the targets, page weight and search. */
export function report(results, { warm, repeat, cores }) {
  const lines = [];
  const row = (...cells) => lines.push(`| ${cells.join(' | ')} |`);
  lines.push(
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cores} cores, Node ${process.version}; image cache warm (optimising the 4 synthetic cover images once took ${fmt(warm.seconds)} s).`,
    '',
  );
  /** Milliseconds per built page. */
  const msPerPage = (seconds, pages) => (seconds * 1000) / pages;
  /** Build time per page, the portal's against the baseline's. */
  const perPageRatio = (r, portalRun, baseRun) =>
    msPerPage(portalRun.astro, r.pd.html) / msPerPage(baseRun.seconds, r.bd.html);
  /** A project's peak memory over its first build and rebuild. */
  const peakOf = (first, rebuild) => Math.max(first.peakMB, rebuild.peakMB);

  row('entries (pages built: portal / baseline)', 'measure', 'portal', 'baseline', 'ratio');
  row('---', '---', '---:', '---:', '---:');
  for (const r of results) {
    const label = `${r.entries} (${r.pd.html} / ${r.bd.html})`;
    for (const [when, portalRun, baseRun] of [
      ['first build', r.p, r.b],
      ['rebuild after a one-entry edit', r.p2, r.b2],
    ]) {
      const msP = msPerPage(portalRun.astro, r.pd.html),
        msB = msPerPage(baseRun.seconds, r.bd.html);
      row(
        when === 'first build' ? label : '',
        `astro build, s (${when})`,
        fmt(portalRun.astro),
        fmt(baseRun.seconds),
        fmt(portalRun.astro / baseRun.seconds, 2),
      );
      row('', `ms per page (${when})`, fmt(msP), fmt(msB), fmt(msP / msB, 2));
    }
    row('', 'pagefind, s', r.p.pagefind === undefined ? '–' : fmt(r.p.pagefind), '–', '');
    const peakP = peakOf(r.p, r.p2),
      peakB = peakOf(r.b, r.b2);
    row('', 'peak memory, MB', fmt(peakP, 0), fmt(peakB, 0), fmt(peakP / peakB, 2));
    row('', 'dist/ size, MB', fmt(r.pd.mb), fmt(r.bd.mb), fmt(r.pd.mb / r.bd.mb, 2));
    row('', 'dist/ files', String(r.pd.files), String(r.bd.files), fmt(r.pd.files / r.bd.files, 2));
  }
  if (repeat > 1) {
    lines.push('', `Median of ${repeat} rounds. Each round's ratios, portal to baseline:`, '');
    for (const r of results) {
      const perPage = (portalRun, baseRun) => fmt(perPageRatio(r, portalRun, baseRun), 2);
      const each = (f) => r.rounds.map(f).join(', ');
      lines.push(
        `- ${r.entries} entries: first build per page ${each((x) => perPage(x.p, x.b))}; rebuild per page ${each((x) => perPage(x.p2, x.b2))}; peak memory ${each((x) => fmt(peakOf(x.p, x.p2) / peakOf(x.b, x.b2), 2))}.`,
      );
    }
  }
  lines.push(
    '',
    `Targets, build time per page against the baseline: first build ≤ ${fmt(TARGETS.first)}×, rebuild after a one-entry edit ≤ ${fmt(TARGETS.rebuild)}×.`,
    '',
  );
  for (const r of results) {
    const verdict = (value, target) => `${fmt(value, 2)}× (${value <= target ? 'met' : 'not met'})`;
    lines.push(
      `- ${r.entries} entries: first build ${verdict(perPageRatio(r, r.p, r.b), TARGETS.first)}; rebuild ${verdict(perPageRatio(r, r.p2, r.b2), TARGETS.rebuild)}; dist/ ${fmt(r.pd.mb)} MB beside the baseline's ${fmt(r.bd.mb)} MB.`,
    );
  }
  lines.push('', 'Page weight, gzip (HTML + CSS + JS + fonts, without content images), at the largest size:', '');
  const last = results.at(-1);
  row('page', 'HTML', 'CSS', 'JS', 'fonts', 'total');
  row('---', '---:', '---:', '---:', '---:', '---:');
  for (const [name, w] of Object.entries(last.weights))
    row(name, kb(w?.html), kb(w?.css), kb(w?.js), kb(w?.fonts), kb(w?.total));
  const FIRST_SEARCH_TARGET_KB = 250;
  for (const [query, found] of [
    ['hòa giải', last.search],
    ['hoa giai', last.searchFolded],
    ['an ninh', last.searchFrequent],
  ]) {
    const verdictText = found ? (found.total / 1024 <= FIRST_SEARCH_TARGET_KB ? 'met' : 'not met') : '';
    lines.push(
      '',
      `First two-word search ("${query}") at ${last.entries} entries, full text: ${found ? `${kb(found.total)} fetched in all, ${kb(found.pagefind)} of it Pagefind (text counted at its gzip size, as a host serves it); target ≤ ${FIRST_SEARCH_TARGET_KB} KB: ${verdictText}` : 'no Pagefind in this build'}.`,
    );
  }
  if (results.length > 1) {
    const [a, z] = [results[0], results.at(-1)];
    lines.push(
      '',
      `Growth ${a.entries} → ${z.entries} entries (${fmt(z.pd.html / a.pd.html, 2)}× the pages): portal first build ${fmt(z.p.astro / a.p.astro, 2)}× the time, rebuild ${fmt(z.p2.astro / a.p2.astro, 2)}×, baseline ${fmt(z.b.seconds / a.b.seconds, 2)}×; Pagefind ${fmt(z.p.pagefind / a.p.pagefind, 2)}×; portal peak memory ${fmt(z.p.peakMB / a.p.peakMB, 2)}×.`,
    );
  }
  return lines.join('\n');
}
