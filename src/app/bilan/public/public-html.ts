import { LABELS, frenchDate, frenchNumber, percent } from '../document-labels.js';
import { bar, escapeHtml, paragraphs, table } from './html-text.js';
import type { PublicAxis, PublicBilan } from './public-bilan.js';
import { PUBLIC_PAGE_CSS } from './public-page.styles.js';

const e = escapeHtml;
const num = (n: number | undefined): string => (n === undefined ? '—' : frenchNumber(n));
const progressCell = (p: number | undefined): string => `<span class="progress">${bar(p)}${percent(p)}</span>`;
const ratio = (part: number, total: number): string => `${frenchNumber(part)} / ${frenchNumber(total)}`;

function headlineFigures(b: PublicBilan): string {
  const items = [
    [percent(b.progress), 'd’avancement global du programme'],
    [ratio(b.commitments.byStatus.done, b.commitments.total), 'engagements tenus'],
    [ratio(b.commitments.byStatus.in_progress, b.commitments.total), 'engagements en cours'],
    [ratio(b.actions.done, b.actions.total), 'actions terminées'],
    [ratio(b.indicators.reached, b.indicators.total), 'indicateurs ayant atteint leur cible'],
    [percent(b.elapsed), 'du mandat écoulé'],
  ];
  return `<ul class="figures">${items.map(([figure, label]) => `<li><span class="figure">${e(figure ?? '')}</span> ${e(label ?? '')}</li>`).join('')}</ul>`;
}

function axesTable(b: PublicBilan): string {
  const rows = b.axes.map((a) => [e(a.title), progressCell(a.progress), ratio(a.commitmentCounts.byStatus.done, a.commitmentCounts.total), ratio(a.actions.done, a.actions.total)]);
  return table('Avancement par axe du programme', ['Axe', 'Avancement', 'Engagements tenus', 'Actions terminées'], rows);
}

function axisSection(axis: PublicAxis, index: number): string {
  const rows = axis.commitments.map((c) => [
    e(c.reference),
    e(c.title),
    `<span class="status">${e(LABELS.commitmentStatus[c.status])}</span>`,
    progressCell(c.progress),
    ratio(c.actions.done, c.actions.total),
    ratio(c.indicators.reached, c.indicators.total),
  ]);
  return `<section aria-labelledby="axe-${index}">
<h2 id="axe-${index}">Axe ${index + 1} — ${e(axis.title)}</h2>
${axis.description ? `<div class="axis-intro">${paragraphs(axis.description)}</div>` : ''}
<p>Avancement de l’axe : <strong>${percent(axis.progress)}</strong> ; ${axis.commitmentCounts.total} engagement(s), dont ${axis.commitmentCounts.byStatus.done} tenu(s) ; ${axis.actions.total} action(s), dont ${axis.actions.done} terminée(s) et ${axis.actions.late} en retard.</p>
${rows.length ? table(`Engagements de l’axe « ${e(axis.title)} »`, ['Réf.', 'Engagement', 'Statut', 'Avancement', 'Actions terminées', 'Indicateurs atteints'], rows) : '<p>Aucun engagement dans cet axe.</p>'}
</section>`;
}

function gapsSection(b: PublicBilan): string {
  if (b.gaps.length === 0) return '<p>Aucun engagement n’a été révisé ni abandonné à ce jour.</p>';
  return b.gaps
    .map(
      (g) => `<div class="gap"><h3>${e(g.reference)} — ${e(g.title)}</h3>
<p class="status">${e(LABELS.gapReason[g.reason])}</p>
${g.justification ? paragraphs(g.justification) : '<p>L’explication de cet écart est en cours de rédaction.</p>'}</div>`,
    )
    .join('\n');
}

function voiceSection(b: PublicBilan): string {
  if (b.voice.count === 0) return '<p>Aucune contribution des habitants n’a encore été enregistrée.</p>';
  const themes = b.voice.themes.length
    ? `<h3>Thèmes les plus abordés</h3><ol class="themes">${b.voice.themes.map((t) => `<li>${e(t.theme)} (${t.count})</li>`).join('')}</ol>`
    : '';
  const rows = b.voice.records.map((f) => [
    e(String(f.title)),
    e(frenchDate(String(f.date))),
    e(LABELS.feedbackKind[f.kind as keyof typeof LABELS.feedbackKind] ?? String(f.kind)),
    num(f.participants as number | undefined),
    e(((f.themes as string[] | undefined) ?? []).join(', ')),
  ]);
  return `<p>${b.voice.count} atelier(s) et consultation(s), ${frenchNumber(b.voice.participants)} participation(s).</p>
${themes}
${table('Ateliers et consultations', ['Rencontre', 'Date', 'Nature', 'Participants', 'Thèmes'], rows)}`;
}

function indicatorAnnex(b: PublicBilan): string {
  if (b.indicatorAnnex.length === 0) return '<p>Aucun indicateur n’est suivi.</p>';
  const rows = b.indicatorAnnex.map((i) => [
    e(i.name),
    e(i.commitmentReference ?? '—'),
    e(i.unit),
    `${num(i.baselineValue)} (${e(frenchDate(i.baselineDate))})`,
    `${num(i.targetValue)} (${e(frenchDate(i.targetDate))})`,
    i.latest ? `${num(i.latest.value)} (${e(frenchDate(i.latest.date))})` : '—',
    e(LABELS.indicatorState[i.state]),
  ]);
  return table('Indicateurs de suivi', ['Indicateur', 'Engagement', 'Unité', 'Référence', 'Cible', 'Dernière mesure', 'Situation'], rows);
}

/** The public page: one self-contained HTML file (inline CSS, no script, no external resource), in French. */
export function renderPublicHtml(b: PublicBilan): string {
  const title = b.collectivityName ? `Bilan de mi-mandat — ${b.collectivityName}` : 'Bilan de mi-mandat';
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Cap Mandat">
<title>${e(title)}</title>
<style>${PUBLIC_PAGE_CSS}</style>
</head>
<body>
<header>
<h1>${e(title)}</h1>
<p class="subtitle">Situation au ${e(frenchDate(b.asOf))}</p>
</header>
<main>
<section aria-labelledby="chiffres"><h2 id="chiffres">Les chiffres clés</h2>
${headlineFigures(b)}
${axesTable(b)}
</section>
${b.axes.map(axisSection).join('\n')}
<section aria-labelledby="ecarts"><h2 id="ecarts">Les écarts au programme et leurs explications</h2>
${gapsSection(b)}
</section>
<section aria-labelledby="habitants"><h2 id="habitants">La parole des habitants</h2>
${voiceSection(b)}
</section>
<section aria-labelledby="annexe"><h2 id="annexe">Annexe : les indicateurs</h2>
${indicatorAnnex(b)}
</section>
</main>
<footer>
<p>Document public établi ${b.collectivityName ? `par ${e(b.collectivityName)} ` : ''}avec Cap Mandat le ${e(frenchDate(b.generatedAt))}, à partir des données au ${e(frenchDate(b.asOf))}. Les données sont publiées en données ouvertes (JSON et CSV, avec leur schéma).</p>
</footer>
</body>
</html>
`;
}
