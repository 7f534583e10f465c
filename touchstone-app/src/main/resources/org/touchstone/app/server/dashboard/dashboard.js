/*
 * Touchstone dashboard. Asks the API the same questions the CLI asks and draws the answers; a click
 * on a point (or Enter on a chart, or a row's Evidence button) lists the events and sentences behind
 * it. Text from the data is always set as text, never as HTML.
 */
(function () {
  'use strict';

  const COLORS = { blue: '#1f5fa8', orange: '#d9730d', green: '#2e7d32', red: '#b3261e', grey: '#7a8594', purple: '#6a3d9a' };
  const charts = {};
  const evidence = { params: null, offset: 0 };
  let unCountries = null; // the countries of the UN votes in the store, once known
  let request = 0; // the latest "Show": answers to older ones are dropped

  const $ = (id) => document.getElementById(id);

  /* ---------- talking to the API ---------- */

  async function api(path, params) {
    const query = new URLSearchParams();
    Object.entries(params || {}).forEach(([k, v]) => {
      if (v !== undefined && v !== null && v !== '' && v !== false) query.set(k, v);
    });
    const response = await fetch(path + (query.toString() ? '?' + query : ''), { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const error = new Error(body && body.message ? body.message : response.status + ' ' + response.statusText);
      error.status = response.status;
      throw error;
    }
    return body;
  }

  /* ---------- building the page ---------- */

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([k, v]) => {
      if (k === 'class') node.className = v;
      else if (k === 'text') node.textContent = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v);
    });
    children.flat().forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(c == null ? '' : String(c))));
    return node;
  }

  function number(value, digits) {
    if (value === null || value === undefined) return '–';
    return typeof value === 'number' ? value.toFixed(digits === undefined ? 2 : digits).replace(/\.?0+$/, (m) => (m.startsWith('.') ? '' : m)) : String(value);
  }

  function fixed(value, digits) {
    return value === null || value === undefined ? '–' : Number(value).toFixed(digits);
  }

  /** A table: columns are [heading, row => value]; an optional action adds a button per row. */
  function table(rows, columns, action) {
    const head = el('tr', {}, columns.map(([h]) => el('th', { scope: 'col', text: h })), action ? el('th', { scope: 'col', text: '' }) : []);
    const body = rows.map((row) => el('tr', {},
      columns.map(([, f]) => el('td', { text: f(row) })),
      action ? el('td', {}, el('button', { type: 'button', class: 'small', onclick: () => action.run(row), 'aria-label': action.label(row) }, 'Evidence')) : []));
    return el('table', {}, el('thead', {}, head), el('tbody', {}, body));
  }

  function fill(id, ...nodes) {
    const target = $(id);
    target.replaceChildren(...nodes.filter((n) => n));
  }

  function message(id, text) {
    $(id).textContent = text || '';
  }

  function status(text, isError) {
    const s = $('status');
    s.textContent = text || '';
    s.classList.toggle('error', !!isError);
  }

  /* ---------- charts ---------- */

  /**
   * Draws (or redraws) a chart. points[i] is what a click on the i-th label asks evidence for;
   * arrow keys on the focused canvas move between labels and Enter asks for the evidence.
   */
  function draw(id, type, labels, datasets, options, onPick) {
    if (charts[id]) charts[id].destroy();
    const canvas = $(id);
    const chart = new Chart(canvas, {
      type,
      data: { labels, datasets },
      options: Object.assign({
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: 'nearest', intersect: false, axis: 'x' },
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 14 } } },
        onClick: (event, elements) => {
          if (elements.length && onPick) onPick(elements[0].index, elements[0].datasetIndex);
        }
      }, options || {})
    });
    charts[id] = chart;
    canvas.dataset.points = String(labels.length);
    canvas.onkeydown = (event) => keyboard(chart, event, onPick);
    return chart;
  }

  function keyboard(chart, event, onPick) {
    const count = chart.data.labels.length;
    if (!count) return;
    const active = chart.getActiveElements();
    let index = active.length ? active[0].index : -1;
    if (event.key === 'ArrowRight') index = Math.min(count - 1, index + 1);
    else if (event.key === 'ArrowLeft') index = Math.max(0, index - 1);
    else if (event.key === 'Home') index = 0;
    else if (event.key === 'End') index = count - 1;
    else if ((event.key === 'Enter' || event.key === ' ') && index >= 0 && onPick) {
      event.preventDefault();
      onPick(index, active[0].datasetIndex);
      return;
    } else return;
    event.preventDefault();
    const elements = chart.data.datasets.map((d, datasetIndex) => ({ datasetIndex, index }))
      .filter((e) => chart.isDatasetVisible(e.datasetIndex));
    chart.setActiveElements(elements.slice(0, 1));
    chart.tooltip.setActiveElements(elements, { x: 0, y: 0 });
    chart.update();
  }

  const lineAxes = (left, right) => ({
    scales: {
      y: Object.assign({ position: 'left', title: { display: true, text: left.title } }, left.range || {}),
      ...(right ? { y1: Object.assign({ position: 'right', grid: { drawOnChartArea: false }, title: { display: true, text: right.title } }, right.range || {}) } : {})
    }
  });

  /* ---------- the panels ---------- */

  function form() {
    return {
      a: $('actor-a').value.trim().toUpperCase(),
      b: $('actor-b').value.trim().toUpperCase(),
      from: $('from').value,
      to: $('to').value,
      by: $('by').value,
      directed: $('directed').checked
    };
  }

  async function relations(q, mine) {
    const answer = await api('/api/dyad', { a: q.a, b: q.b, from: q.from, to: q.to, by: q.by, directed: q.directed });
    if (mine !== request) return;
    const periods = answer.periods;
    message('relations-message', periods.length ? '' : 'No events between ' + q.a + ' and ' + q.b + ' in this range.');
    const pick = (i) => showEvidence({ kind: 'events', a: q.a, b: q.b, by: q.by, period: periods[i].period, from: q.from, to: q.to, directed: q.directed },
      (q.directed ? q.a + ' → ' + q.b : q.a + ' ↔ ' + q.b) + ', ' + periods[i].period);
    draw('relations-chart', 'line', periods.map((p) => p.period), [
      { label: 'Goldstein mean', data: periods.map((p) => p.goldstein_mean), borderColor: COLORS.blue, backgroundColor: COLORS.blue, yAxisID: 'y', pointRadius: 4, pointHoverRadius: 7 },
      { label: 'Net cooperation', data: periods.map((p) => p.net_cooperation), borderColor: COLORS.orange, backgroundColor: COLORS.orange, yAxisID: 'y1', pointRadius: 4, pointHoverRadius: 7 }
    ], lineAxes({ title: 'Goldstein mean', range: { min: -10, max: 10 } }, { title: 'Net cooperation', range: { min: -1, max: 1 } }), pick);
    fill('relations-table', table(periods, [
      ['Period', (p) => p.period], ['Events', (p) => p.events], ['Verbal coop.', (p) => p.verbal_cooperation],
      ['Material coop.', (p) => p.material_cooperation], ['Verbal confl.', (p) => p.verbal_conflict],
      ['Material confl.', (p) => p.material_conflict], ['Goldstein mean', (p) => fixed(p.goldstein_mean, 2)],
      ['Net coop.', (p) => fixed(p.net_cooperation, 2)]
    ], { run: (p) => pick(periods.indexOf(p)), label: (p) => 'Evidence for ' + p.period }));
  }

  async function saydo(q, mine) {
    const by = q.by === 'day' ? 'week' : q.by;
    const answer = await api('/api/saydo', { a: q.a, b: q.b, from: q.from, to: q.to, by });
    if (mine !== request) return;
    const periods = answer.periods;
    message('saydo-message', periods.length ? '' : 'No events of ' + q.a + ' toward ' + q.b + ' with a Goldstein value in this range.');
    const pick = (i, dataset) => showEvidence({ kind: 'events', a: q.a, b: q.b, directed: true, by, period: periods[i].period, from: q.from, to: q.to, verbal: dataset === 1 ? 'false' : 'true' },
      q.a + ' → ' + q.b + ', ' + periods[i].period + (dataset === 1 ? ', deeds' : ', words'));
    draw('saydo-chart', 'line', periods.map((p) => p.period), [
      { label: 'Words (verbal mean)', data: periods.map((p) => p.verbal_mean), borderColor: COLORS.blue, backgroundColor: COLORS.blue, pointRadius: 4, pointHoverRadius: 7, spanGaps: true },
      { label: 'Deeds (material mean)', data: periods.map((p) => p.material_mean), borderColor: COLORS.red, backgroundColor: COLORS.red, pointRadius: 4, pointHoverRadius: 7, spanGaps: true }
    ], lineAxes({ title: 'Goldstein mean', range: { min: -10, max: 10 } }), pick);
    const f = answer.follow_through;
    $('saydo-follow').textContent = 'Follow-through within ' + f.days + ' days: ' + f.intents_followed + ' of ' + f.intents
      + ' intents followed by material cooperation; ' + f.threats_followed + ' of ' + f.threats + ' threats followed by material conflict.';
    fill('saydo-table', table(periods, [
      ['Period', (p) => p.period], ['Words', (p) => fixed(p.verbal_mean, 2)], ['Deeds', (p) => fixed(p.material_mean, 2)],
      ['Gap', (p) => fixed(p.gap, 2)], ['95% interval', (p) => p.gap_low == null ? '–' : fixed(p.gap_low, 2) + ' to ' + fixed(p.gap_high, 2)],
      ['Verbal n', (p) => p.verbal_n], ['Material n', (p) => p.material_n]
    ], { run: (p) => pick(periods.indexOf(p), 0), label: (p) => 'Evidence for ' + p.period }));
  }

  async function audience(q, mine) {
    const answer = await api('/api/audience', { a: q.a, b: q.b, from: q.from, to: q.to });
    if (mine !== request) return;
    const groups = answer.by_audience;
    message('audience-message', groups.length ? '' : 'No statements of ' + q.a + ' about ' + q.b + ' in this range.');
    const pick = (i) => showEvidence({ kind: 'statements', a: q.a, b: q.b, audience: groups[i].audience, from: q.from, to: q.to },
      q.a + ' about ' + q.b + ' to ' + groups[i].audience.replace('_', ' '));
    draw('audience-chart', 'bar', groups.map((g) => g.audience.replace('_', ' ')), [
      { label: 'Mean stance', data: groups.map((g) => g.mean_stance), backgroundColor: groups.map((g) => (g.mean_stance || 0) < 0 ? COLORS.red : COLORS.green) }
    ], { plugins: { legend: { display: false } }, scales: { y: { min: -10, max: 10, title: { display: true, text: 'Mean Goldstein' } } } }, pick);
    fill('audience-table', groups.length ? table(groups, [
      ['Audience', (g) => g.audience], ['Statements', (g) => g.statements], ['Mean stance', (g) => fixed(g.mean_stance, 2)],
      ['Positive', (g) => g.positive], ['Negative', (g) => g.negative]
    ], { run: (g) => pick(groups.indexOf(g)), label: (g) => 'Statements to ' + g.audience }) : null);
    fill('audience-episodes', answer.episodes.length ? el('h3', { text: answer.episodes.length + ' episode(s) within ' + answer.days + ' days' }) : null,
      ...answer.episodes.slice(0, 10).map((e) => el('div', { class: 'episode' },
        el('div', { text: e.first.date + ' to ' + e.first.audience + ': “' + e.first.quote + '”' }),
        el('div', { text: e.second.date + ' to ' + e.second.audience + ': “' + e.second.quote + '” (' + e.days_apart + ' days later)' }))));
  }

  async function restraint(q, mine) {
    const by = q.by === 'day' ? 'week' : q.by;
    const answer = await api('/api/restraint', { a: q.a, from: q.from, to: q.to, by });
    if (mine !== request) return;
    const periods = answer.periods;
    message('restraint-message', periods.length ? '' : 'No critical statements of ' + q.a + ' in this range.');
    const pick = (i) => showEvidence({ kind: 'statements', a: q.a, by, period: periods[i].period, roots: '10,11,12,13', from: q.from, to: q.to },
      'critical statements of ' + q.a + ', ' + periods[i].period);
    draw('restraint-chart', 'bar', periods.map((p) => p.period), [
      { label: 'Named', data: periods.map((p) => p.named), backgroundColor: COLORS.blue, stack: 's' },
      { label: 'Only alluded to', data: periods.map((p) => p.alluded), backgroundColor: COLORS.grey, stack: 's' }
    ], { scales: { y: { stacked: true, title: { display: true, text: 'Critical statements' } }, x: { stacked: true } } }, pick);
    fill('restraint-table', periods.length ? table(periods, [
      ['Period', (p) => p.period], ['Critical', (p) => p.critical], ['Named', (p) => p.named], ['Alluded', (p) => p.alluded],
      ['Named share', (p) => fixed(p.named_share, 2)]
    ], { run: (p) => pick(periods.indexOf(p)), label: (p) => 'Critical statements in ' + p.period }) : null);
  }

  async function likeminded(q, mine) {
    try {
      const answer = await api('/api/likeminded', { a: q.a, b: q.b, from: q.from, to: q.to });
      if (mine !== request) return;
      const o = answer.overall;
      message('likeminded-message', o.thirds ? '' : 'No third party that both ' + q.a + ' and ' + q.b + ' speak about (at least ' + answer.min_evidence + ' events or statements each).');
      const interval = (v, lo, hi) => v == null ? '–' : fixed(v, 2) + (lo == null ? '' : ' [' + fixed(lo, 2) + ', ' + fixed(hi, 2) + ']');
      fill('likeminded-table', o.thirds ? table([o], [
        ['Third parties', (s) => s.thirds], ['Pearson', (s) => interval(s.pearson, s.pearson_low, s.pearson_high)],
        ['Cosine', (s) => interval(s.cosine, s.cosine_low, s.cosine_high)], ['S (sign)', (s) => interval(s.sign_s, s.sign_s_low, s.sign_s_high)]
      ]) : null);
      fill('likeminded-thirds', o.compared.length ? table(o.compared, [
        ['Third party', (t) => t.third], ['Stance ' + q.a, (t) => fixed(t.stance_a, 2)], ['n', (t) => t.n_a],
        ['Stance ' + q.b, (t) => fixed(t.stance_b, 2)], ['n', (t) => t.n_b]
      ], { run: (t) => showEvidence({ kind: 'statements', a: q.a, b: t.third, from: q.from, to: q.to }, q.a + ' about ' + t.third), label: (t) => q.a + ' about ' + t.third }) : null);
    } catch (e) {
      if (mine === request) message('likeminded-message', e.message);
    }
  }

  /** The UN votes' record of an actor's country (by CAMEO or ISO3 code), or null when the votes have none. */
  function unCountry(actor) {
    const code = actor.slice(0, 3);
    return (unCountries || []).find((c) => c.cameo_code === code || c.iso3 === code) || null;
  }

  async function affinity(q, mine) {
    // ask only about countries the UN votes know, so that the page makes no request bound to fail
    const a = unCountry(q.a);
    const b = unCountry(q.b);
    // the years both voted in, within the dates asked for
    const from = Math.max(a ? a.first_year : 0, b ? b.first_year : 0, q.from ? Number(q.from.slice(0, 4)) : 0);
    const to = Math.min(a ? a.last_year : 9999, b ? b.last_year : 9999, q.to ? Number(q.to.slice(0, 4)) : 9999);
    const none = !unCountries || !unCountries.length ? 'This store holds no UN votes.'
      : !a || !b ? 'No UN votes for ' + (!a ? q.a : q.b) + ' in this store.'
        : a === b ? 'A and B are the same country.'
          : from > to ? 'No UN votes of both in these years.' : null;
    if (none) {
      if (charts['affinity-chart']) { charts['affinity-chart'].destroy(); delete charts['affinity-chart']; }
      message('affinity-message', none);
      return;
    }
    try {
      const values = await api('/api/affinity', {
        a: a.country_code, b: b.country_code, by: 'year', measure: 'agree,s,kappa', from, to
      });
      if (mine !== request) return;
      const years = [...new Set(values.map((v) => v.year))];
      const series = (m) => years.map((y) => { const v = values.find((x) => x.year === y && x.measure === m); return v ? v.value : null; });
      message('affinity-message', '');
      draw('affinity-chart', 'line', years, [
        { label: 'agree', data: series('agree'), borderColor: COLORS.green, backgroundColor: COLORS.green, pointRadius: 2 },
        { label: 'S', data: series('s'), borderColor: COLORS.purple, backgroundColor: COLORS.purple, pointRadius: 2 },
        { label: 'kappa', data: series('kappa'), borderColor: COLORS.grey, backgroundColor: COLORS.grey, pointRadius: 2 }
      ], { scales: { y: { min: -1, max: 1 } } });
    } catch (e) {
      if (mine !== request) return;
      if (charts['affinity-chart']) { charts['affinity-chart'].destroy(); delete charts['affinity-chart']; }
      message('affinity-message', e.message);
    }
  }

  async function providers(q, mine) {
    const answer = await api('/api/providers', { actors: q.a + ',' + q.b, from: q.from, to: q.to });
    if (mine !== request) return;
    message('providers-message', answer.volume.length ? '' : 'No documents with a provider and no GDELT mentions in this store.');
    fill('providers-volume', answer.volume.length ? table(answer.volume.slice(0, 15), [
      ['Provider', (v) => v.provider], ['Country', (v) => v.provider_country || '–'], ['Kind', (v) => v.kind], ['Items', (v) => v.items]
    ]) : null);
    fill('providers-tone', answer.tone.length ? table(answer.tone.slice(0, 20), [
      ['Provider', (t) => t.provider], ['Toward', (t) => t.actor], ['Events', (t) => t.events],
      ['Mean Goldstein', (t) => fixed(t.mean_goldstein, 2)], ['Mean tone', (t) => fixed(t.mean_tone, 2)]
    ]) : null);
    fill('providers-divergences', answer.divergences.length ? el('h3', { text: answer.divergences.length + ' framing divergence(s)' }) : null,
      ...answer.divergences.slice(0, 8).map((d) => el('div', { class: 'episode' },
        el('div', { text: d.story + ' (' + d.kind.replace('_', ' ') + ')' }),
        [d.first, d.second].map((r) => el('div', { text: r.provider + ': ' + r.source + ' ' + r.code + ' ' + r.target + (r.sentence ? ' — “' + r.sentence + '”' : '') })))));
  }

  /* ---------- evidence ---------- */

  async function showEvidence(params, title, more) {
    if (!more) {
      evidence.params = params;
      evidence.title = title;
      evidence.offset = 0;
      $('evidence-list').replaceChildren();
    }
    const page = await api('/api/evidence', Object.assign({}, evidence.params, { limit: 25, offset: evidence.offset }))
      .catch((e) => { $('evidence-summary').textContent = e.message; return null; });
    if (!page) return;
    const shownTo = page.offset + page.items.length;
    $('evidence-summary').textContent = page.total + ' ' + page.kind + ' behind ' + evidence.title
      + (page.total ? ' (showing 1–' + shownTo + ', strongest first)' : '');
    page.items.forEach((item) => $('evidence-list').append(page.kind === 'events' ? eventItem(item) : statementItem(item)));
    evidence.offset = shownTo;
    $('evidence-more').hidden = shownTo >= page.total;
    if (!more) $('evidence').focus({ preventScroll: true });
  }

  function eventItem(e) {
    return el('li', { class: 'evidence-item' },
      el('div', { class: 'head', text: e.date + ' · ' + (e.source_name || e.source_code || '?') + ' → ' + (e.target_name || e.target_code || '?')
        + ' · CAMEO ' + e.code + (e.goldstein == null ? '' : ' (Goldstein ' + number(e.goldstein, 1) + ')') }),
      e.sentence || e.span_text ? sentence(e.sentence || e.span_text, e.span_text) : null,
      source(e, e.doc_id ? 'document ' + e.doc_id + ', sentence ' + (e.sentence_index + 1) + (e.span_start == null ? '' : ', characters ' + e.span_start + '–' + e.span_end)
        : e.file ? e.dataset + ' ' + e.file + ', line ' + e.line : e.dataset + ' event ' + e.event_id));
  }

  function statementItem(s) {
    return el('li', { class: 'evidence-item' },
      el('div', { class: 'head', text: s.date + ' · ' + s.speaker + (s.targets.length ? ' about ' + s.targets.join(', ') : ' (target only alluded to)')
        + ' · to ' + (s.audience || 'unknown').replace('_', ' ') + ' · CAMEO ' + s.code + (s.goldstein == null ? '' : ' (' + number(s.goldstein, 1) + ')') }),
      sentence(s.sentence || s.quote, s.quote),
      source(s, 'document ' + s.doc_id + ', sentence ' + (s.sentence_index + 1)));
  }

  /** The sentence with the span (or quote) marked where it occurs. */
  function sentence(text, marked) {
    const quote = el('blockquote');
    const at = marked ? text.indexOf(marked) : -1;
    if (at >= 0 && marked !== text) {
      quote.append(text.slice(0, at), el('mark', { text: marked }), text.slice(at + marked.length));
    } else {
      quote.textContent = text;
    }
    return quote;
  }

  function source(item, where) {
    const parts = [];
    if (item.provider) parts.push(item.provider + (item.provider_country ? ' (' + item.provider_country + ')' : ''));
    if (item.title) parts.push('“' + item.title + '”');
    parts.push(where);
    const line = el('div', { class: 'source', text: parts.join(' · ') + ' ' });
    if (item.url && /^https?:\/\//i.test(item.url)) {
      line.append(el('a', { href: item.url, rel: 'noopener noreferrer', target: '_blank', text: item.url }));
    } else if (item.url) {
      line.append(item.url);
    }
    return line;
  }

  /* ---------- wiring ---------- */

  async function show() {
    const q = form();
    if (!$('controls').reportValidity()) return;
    const mine = ++request;
    history.replaceState(null, '', '#' + new URLSearchParams({ a: q.a, b: q.b, from: q.from, to: q.to, by: q.by, directed: q.directed ? '1' : '' }));
    status('Asking about ' + q.a + ' and ' + q.b + '…');
    const results = await Promise.allSettled([relations(q, mine), saydo(q, mine), audience(q, mine), restraint(q, mine),
      likeminded(q, mine), affinity(q, mine), providers(q, mine)]);
    if (mine !== request) return;
    const failed = results.filter((r) => r.status === 'rejected');
    if (failed.length) status(failed[0].reason.message, true);
    else status(q.a + ' and ' + q.b + (q.from || q.to ? ', ' + (q.from || '…') + ' to ' + (q.to || '…') : '') + ', by ' + q.by + '.');
  }

  function fromHash() {
    const h = new URLSearchParams(location.hash.slice(1));
    if (!h.get('a') || !h.get('b')) return false;
    $('actor-a').value = h.get('a');
    $('actor-b').value = h.get('b');
    $('from').value = h.get('from') || '';
    $('to').value = h.get('to') || '';
    if (h.get('by')) $('by').value = h.get('by');
    $('directed').checked = h.get('directed') === '1';
    return true;
  }

  async function start() {
    $('controls').addEventListener('submit', (event) => { event.preventDefault(); show(); });
    $('evidence-more').addEventListener('click', () => showEvidence(null, null, true));
    let stats = null;
    try {
      stats = await api('/api/stats', { top: 8 });
      const events = Object.values(stats.datasets).reduce((n, d) => n + d.events, 0);
      $('store-summary').textContent = events.toLocaleString('en') + ' events'
        + (stats.first_date ? ', ' + stats.first_date + ' to ' + stats.last_date : '');
      const shortcuts = $('shortcuts');
      if (stats.top_dyads.length) shortcuts.append('Busiest dyads:');
      stats.top_dyads.forEach((d) => shortcuts.append(el('button', {
        type: 'button', class: 'dyad', onclick: () => { $('actor-a').value = d.source_country; $('actor-b').value = d.target_country; show(); }
      }, d.source_country + '–' + d.target_country)));
    } catch (e) {
      status(e.message, true);
    }
    unCountries = await api('/api/unvotes/countries').catch(() => []);
    api('/api/actors', { limit: 300 }).then((page) => {
      $('actor-list').replaceChildren(...page.actors.map((a) => el('option', { value: a.code }, a.name ? a.name + ' (' + a.mentions + ')' : String(a.mentions))));
    }).catch(() => {});
    if (fromHash()) {
      show();
    } else if (stats && stats.top_dyads.length) {
      $('actor-a').value = stats.top_dyads[0].source_country;
      $('actor-b').value = stats.top_dyads[0].target_country;
      show();
    }
  }

  window.addEventListener('error', (event) => status('The page failed: ' + event.message, true));
  start();
})();
