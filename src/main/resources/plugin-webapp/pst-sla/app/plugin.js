// PST Sales: SLA dashboard and clock timeline in Cockpit (issue 5). Plain JavaScript, no build step.
// Reads the application's /api/sla/** with the Cockpit session (same origin, cookie sent).

const API = '/api/sla';
const NUMBER = new Intl.NumberFormat('id-ID');
const DATE_TIME = new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short' });

const STATE_LABELS = { RUNNING: 'Berjalan', PAUSED: 'Menunggu pelanggan', STOPPED: 'Berhenti' };
const EVENT_LABELS = { START: 'Mulai', PAUSE: 'Jeda', RESUME: 'Lanjut', STOP: 'Selesai' };
const PAUSE_LABELS = {
  MISSING_DOCUMENT: 'dokumen kurang',
  OFFER_REVIEW: 'pemeriksaan penawaran',
  PAYMENT: 'pembayaran',
  AGREEMENT: 'SPPD'
};

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== undefined && value !== null) node.setAttribute(name, value);
  });
  children.flat().forEach((child) => {
    if (child === null || child === undefined) return;
    node.appendChild(typeof child === 'string' || typeof child === 'number'
      ? document.createTextNode(String(child)) : child);
  });
  return node;
}

function svg(tag, attributes, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.forEach((child) => node.appendChild(typeof child === 'string'
    ? document.createTextNode(child) : child));
  return node;
}

async function getJson(path) {
  const response = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const text = body && body.message ? body.message.id : response.status + ' ' + response.statusText;
    throw new Error(text);
  }
  return body;
}

const percent = (share) => (share === null || share === undefined ? '–'
  : String(Math.round(share * 1000) / 10).replace('.', ',') + '%');
const days = (value) => (value === null || value === undefined ? '–' : String(value).replace('.', ',') + ' hari');
// Durations arrive as seconds (Jackson's default) or ISO-8601 text: shown as hours and minutes.
const span = (value) => {
  if (typeof value === 'string') {
    const iso = /^PT(?:(-?\d+)H)?(?:(-?\d+)M)?/.exec(value);
    if (!iso) return value;
    value = (Number(iso[1] || 0) * 60 + Number(iso[2] || 0)) * 60;
  }
  if (typeof value !== 'number') return '–';
  const minutes = Math.round(Math.abs(value) / 60);
  return (value < 0 ? '-' : '') + Math.floor(minutes / 60) + ' j ' + (minutes % 60) + ' m';
};
const when = (instant) => (instant ? DATE_TIME.format(new Date(instant)) : '–');

function card(label, value, tone, testId) {
  return el('div', { class: 'pst-sla-card pst-sla-' + tone, 'data-testid': testId },
    el('div', { class: 'pst-sla-value' }, NUMBER.format(value)), el('div', { class: 'pst-sla-label' }, label));
}

function periodRow(title, period) {
  return el('tr', { 'data-testid': 'period-' + period.label },
    el('th', {}, title), el('td', {}, NUMBER.format(period.delivered)), el('td', {}, percent(period.compliance)),
    el('td', {}, days(period.medianNetWorkingDays)), el('td', {}, days(period.p90NetWorkingDays)),
    el('td', {}, NUMBER.format(period.warnings)), el('td', {}, NUMBER.format(period.breaches)));
}

// Compliance per month as bars (0-100%), the median net working days written above each bar.
function chart(months) {
  const width = 60 * months.length + 60;
  const height = 220;
  const base = 180;
  const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': 'Kepatuhan SLA per bulan', 'data-testid': 'sla-chart' });
  [0, 50, 100].forEach((mark) => {
    const y = base - mark * 1.5;
    root.appendChild(svg('line', { x1: 40, x2: width - 10, y1: y, y2: y, stroke: '#ddd' }));
    root.appendChild(svg('text', { x: 0, y: y + 4, 'font-size': 11, fill: '#666' }, mark + '%'));
  });
  months.forEach((month, i) => {
    const x = 50 + i * 60;
    const share = month.compliance === null || month.compliance === undefined ? 0 : month.compliance;
    const barHeight = share * 150;
    const fill = share >= 0.9 ? '#3c763d' : share >= 0.75 ? '#f0ad4e' : '#d9534f';
    const bar = svg('rect', { x, y: base - barHeight, width: 40, height: barHeight, fill });
    bar.appendChild(svg('title', {}, `${month.label}: ${percent(month.compliance)} dari ${month.delivered} `
      + `(median ${days(month.medianNetWorkingDays)}, p90 ${days(month.p90NetWorkingDays)})`));
    root.appendChild(bar);
    root.appendChild(svg('text', { x: x + 20, y: base - barHeight - 4, 'font-size': 10, 'text-anchor': 'middle' },
      month.medianNetWorkingDays === null || month.medianNetWorkingDays === undefined
        ? '' : String(month.medianNetWorkingDays).replace('.', ',')));
    root.appendChild(svg('text', { x: x + 20, y: base + 16, 'font-size': 10, 'text-anchor': 'middle' },
      month.label.substring(2)));
  });
  return root;
}

function requestTable(rows, testId) {
  if (rows.length === 0) {
    return el('p', { 'data-testid': testId }, 'Tidak ada.');
  }
  return el('table', { class: 'cam-table', 'data-testid': testId },
    el('thead', {}, el('tr', {}, el('th', {}, 'Permintaan'), el('th', {}, 'Kantor'), el('th', {}, 'Jatuh tempo'),
      el('th', {}, 'Status jam'), el('th', {}, 'Dipegang oleh'))),
    el('tbody', {}, rows.map((row) => el('tr', {},
      el('td', {}, row.processInstanceId
        ? el('a', { href: '#/process-instance/' + encodeURIComponent(row.processInstanceId) + '/runtime' },
          row.requestNumber)
        : row.requestNumber),
      el('td', {}, row.officeCode), el('td', {}, when(row.dueAt)), el('td', {}, STATE_LABELS[row.state] || row.state),
      el('td', {}, (row.holders || []).join(', ') || '–')))));
}

async function renderDashboard(node, office) {
  node.innerHTML = '';
  const query = office ? '?office=' + encodeURIComponent(office) : '';
  const officeInput = el('input', { type: 'text', value: office || '', placeholder: 'semua', size: 6,
    'aria-label': 'Kode kantor', 'data-testid': 'sla-office' });
  const reload = el('button', { class: 'btn btn-default btn-sm', type: 'button' }, 'Tampilkan');
  reload.addEventListener('click', () => renderDashboard(node, officeInput.value.trim()));
  node.appendChild(el('section', { class: 'pst-sla', 'data-testid': 'sla-dashboard' },
    el('h3', {}, 'Standar pelayanan (SLA) penjualan daring'),
    el('p', {}, 'Kantor: ', officeInput, ' ', reload,
      el('small', {}, ' 10 hari kerja setelah dokumen lengkap; jam berhenti saat menunggu pelanggan.'))));
  const section = node.querySelector('.pst-sla');
  try {
    const [summary, atRisk, breached] = await Promise.all([
      getJson(API + '/summary' + query),
      getJson(API + '/requests?state=at-risk' + (office ? '&office=' + encodeURIComponent(office) : '')),
      getJson(API + '/requests?state=breached' + (office ? '&office=' + encodeURIComponent(office) : ''))]);
    const open = summary.open;
    section.appendChild(el('p', { 'data-testid': 'sla-scope' },
      summary.office ? 'Kantor ' + summary.office : 'Semua kantor', ' · per ', when(summary.asOf)));
    section.appendChild(el('div', { class: 'pst-sla-cards' },
      card('Terbuka', open.open, 'neutral', 'sla-open'),
      card('Sesuai jadwal', open.onTrack, 'ok', 'sla-on-track'),
      card('Berisiko', open.atRisk, 'warn', 'sla-at-risk'),
      card('Melanggar SLA', open.breached, 'bad', 'sla-breached'),
      card('Menunggu pelanggan', open.paused, 'neutral', 'sla-paused'),
      card('Jatuh tempo hari ini', open.dueToday, 'warn', 'sla-due-today')));
    section.appendChild(el('table', { class: 'cam-table', 'data-testid': 'sla-periods' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Periode'), el('th', {}, 'Diserahkan'), el('th', {}, 'Tepat waktu'),
        el('th', {}, 'Median hari kerja'), el('th', {}, 'P90 hari kerja'), el('th', {}, 'Peringatan'),
        el('th', {}, 'Pelanggaran'))),
      el('tbody', {}, periodRow('30 hari terakhir', summary.last30Days),
        periodRow('90 hari terakhir', summary.last90Days),
        summary.months.map((m) => periodRow(m.label, m)))));
    section.appendChild(el('h4', {}, 'Kepatuhan per bulan (angka: median hari kerja bersih)'));
    section.appendChild(chart(summary.months));
    section.appendChild(el('h4', {}, 'Berisiko'));
    section.appendChild(requestTable(atRisk, 'sla-list-at-risk'));
    section.appendChild(el('h4', {}, 'Melanggar SLA'));
    section.appendChild(requestTable(breached, 'sla-list-breached'));
  } catch (error) {
    section.appendChild(el('p', { class: 'text-danger', 'data-testid': 'sla-error' },
      'Data SLA tidak dapat dimuat: ' + error.message));
  }
}

async function renderTimeline(node, api, processInstanceId) {
  node.innerHTML = '';
  const box = el('section', { class: 'pst-sla', 'data-testid': 'sla-timeline' });
  node.appendChild(box);
  try {
    const engineApi = (api && api.engineApi) || '/camunda/api/engine/engine/default';
    const instance = await getJson(engineApi + '/process-instance/' + encodeURIComponent(processInstanceId));
    if (!instance.businessKey) {
      box.appendChild(el('p', {}, 'Instans ini tidak memiliki nomor permintaan.'));
      return;
    }
    const clock = await getJson(API + '/clocks/' + encodeURIComponent(instance.businessKey));
    box.appendChild(el('p', {},
      el('strong', {}, clock.requestNumber), ' · ', STATE_LABELS[clock.state] || clock.state,
      ' · jatuh tempo ', when(clock.dueAt), clock.breached ? ' · MELANGGAR SLA' : clock.atRisk ? ' · berisiko' : ''));
    box.appendChild(el('p', {}, 'Waktu kantor (bersih): ', span(clock.net), ' · sisa: ', span(clock.remaining),
      ' · total (kasar): ', span(clock.raw)));
    box.appendChild(el('table', { class: 'cam-table' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Waktu'), el('th', {}, 'Peristiwa'), el('th', {}, 'Alasan'))),
      el('tbody', {}, clock.events.map((event) => el('tr', {},
        el('td', {}, when(event.at)), el('td', {}, EVENT_LABELS[event.kind] || event.kind),
        el('td', {}, event.reason ? 'menunggu ' + (PAUSE_LABELS[event.reason] || event.reason) : ''))))));
  } catch (error) {
    box.appendChild(el('p', { class: 'text-muted' }, 'Jam SLA tidak tersedia: ' + error.message));
  }
}

// Styles: app/plugin.css, which Cockpit loads with every plugin (it asks for it even when there is none).
function container(node) {
  const content = el('div', {});
  node.appendChild(content);
  return content;
}

export default [
  {
    id: 'pst-sla-dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render: (node) => {
      renderDashboard(container(node), '');
    }
  },
  {
    id: 'pst-sla-timeline',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 5,
    properties: { label: 'Jam SLA' },
    render: (node, { api, processInstanceId }) => {
      renderTimeline(container(node), api, processInstanceId);
    }
  }
];
