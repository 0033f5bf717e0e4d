// Draws the loop-health report from its JSON (GET /v1/report or the data inlined in loop-health.html).
// Shared by the offline HTML report and the server dashboard so both show the same views.

/** Builds the sections (titles, facts, absence notes, chart placeholders) inside root. */
export function renderSections(root, data) {
  root.textContent = '';
  const head = document.createElement('p');
  head.className = 'meta';
  head.textContent = `Project ${data.project}, generated ${data.generated_at}.`;
  root.appendChild(head);
  for (const section of data.sections) {
    const el = document.createElement('section');
    el.id = 'section-' + section.id;
    el.dataset.section = section.id;
    const h = document.createElement('h2');
    h.textContent = section.title;
    el.appendChild(h);
    if (!section.available) {
      const p = document.createElement('p');
      p.className = 'absent';
      p.textContent = 'Not available: ' + section.absent;
      el.appendChild(p);
    }
    for (const chart of section.charts) {
      const div = document.createElement('div');
      div.className = 'chart';
      div.dataset.chart = chart.id;
      el.appendChild(div);
    }
    if (section.facts.length > 0) {
      const ul = document.createElement('ul');
      ul.className = 'facts';
      for (const fact of section.facts) {
        const li = document.createElement('li');
        li.textContent = fact;
        ul.appendChild(li);
      }
      el.appendChild(ul);
    }
    root.appendChild(el);
  }
}

/** Draws every chart of data into the element of root whose data-chart attribute names it. */
export function drawCharts(root, data, echarts) {
  const byId = new Map();
  for (const section of data.sections) {
    for (const chart of section.charts) byId.set(chart.id, chart);
  }
  for (const el of root.querySelectorAll('[data-chart]')) {
    const chart = byId.get(el.dataset.chart);
    if (!chart) continue;
    const instance = echarts.init(el, null, { renderer: 'svg' });
    instance.setOption(option(chart));
    el.dataset.rendered = 'true';
    window.addEventListener('resize', () => instance.resize());
  }
}

function option(chart) {
  const rotate = chart.categories.length > 6 ? 30 : 0;
  return {
    animation: false,
    title: { text: chart.title, textStyle: { fontSize: 13 } },
    tooltip: { trigger: 'axis' },
    legend: { top: 24, type: 'scroll' },
    grid: { top: 64, left: 16, right: 24, bottom: 16, containLabel: true },
    xAxis: { type: 'category', data: chart.categories, axisLabel: { rotate, interval: 0, hideOverlap: true } },
    yAxis: { type: 'value' },
    series: chart.series.map((s) => ({
      name: s.name,
      type: chart.kind === 'line' ? 'line' : 'bar',
      data: s.values,
      connectNulls: false,
    })),
  };
}
