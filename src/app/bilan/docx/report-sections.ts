import { AlignmentType, Paragraph, TextRun } from 'docx';
import type { BilanAxisDto, BilanDto } from '../bilan-api.types.js';
import { LABELS, euros, frenchDate, frenchNumber, percent } from '../document-labels.js';
import type { PublicIndicator } from '../public/public-bilan.js';
import { barChart, bullet, dataTable, heading, para, paragraphsOf, type Block } from './docx-blocks.js';

const ratio = (part: number, total: number): string => `${frenchNumber(part)} / ${frenchNumber(total)}`;
const budgetLine = (b: BilanDto['budget']): string =>
  b.actionsWithBudget === 0 ? 'aucun budget renseigné' : `${euros(b.planned)} prévus, ${euros(b.spent)} consommés (${percent(b.consumption)})`;

/** The cover page. */
export function cover(bilan: BilanDto, generatedAt: string): Block[] {
  const name = bilan.mandate?.collectivityName ?? 'Collectivité';
  const center = (text: string, size: number, bold = false) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text, size, bold })] });
  const source = bilan.source.kind === 'snapshot' ? `Instantané « ${bilan.source.title} »` : 'Données du jour';
  return [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    center(name, 40, true),
    center('Bilan de mi-mandat', 56, true),
    center('Rapport au conseil municipal', 28),
    center(`Situation au ${frenchDate(bilan.asOf)}`, 28),
    center(`${source} — document établi le ${frenchDate(generatedAt)}`, 20),
  ];
}

/** The headline figures, and the charts of the whole programme. */
export function headline(bilan: BilanDto): Block[] {
  const c = bilan.commitments;
  const a = bilan.actions;
  const i = bilan.indicators;
  return [
    heading('Les chiffres clés', 1, true),
    para(`À la date du ${frenchDate(bilan.asOf)}, ${percent(bilan.elapsed)} du mandat est écoulé ; le programme est avancé à ${percent(bilan.progress)}.`),
    dataTable(
      ['Indicateur', 'Valeur'],
      [
        ['Engagements du programme', frenchNumber(c.total)],
        ['Engagements tenus', ratio(c.byStatus.done, c.total)],
        ['Engagements en cours', ratio(c.byStatus.in_progress, c.total)],
        ['Engagements révisés / abandonnés', `${c.byStatus.revised} / ${c.byStatus.abandoned}`],
        ['Écarts restant à expliquer', frenchNumber(c.unjustified)],
        ['Actions terminées', ratio(a.done, a.total)],
        ['Actions en cours / en retard / non engagées', `${a.inProgress} / ${a.late} / ${a.notStarted}`],
        ['Indicateurs ayant atteint leur cible', ratio(i.reached, i.total)],
        ['Indicateurs sur la trajectoire / en deçà', `${i.onTrack} / ${i.behind}`],
        ['Budget des actions', budgetLine(bilan.budget)],
      ],
      [60, 40],
    ),
    ...barChart(
      'Avancement par axe',
      bilan.axes.map((axis) => ({ label: axis.title, value: axis.progress ?? 0, shown: percent(axis.progress), color: axis.color.slice(1) })),
      100,
    ),
    ...barChart(
      'Engagements par situation',
      (['done', 'on_track', 'behind', 'not_started', 'revised', 'abandoned', 'unknown'] as const).map((d) => ({
        label: LABELS.delivery[d],
        value: c.byDelivery[d],
        shown: frenchNumber(c.byDelivery[d]),
      })),
      Math.max(1, ...Object.values(c.byDelivery)),
    ),
  ];
}

/** One section per axis: its figures and its commitments. */
export function axisSection(axis: BilanAxisDto, index: number): Block[] {
  const a = axis.actions;
  const rows = axis.commitments.map((c) => [
    c.reference,
    c.title,
    LABELS.commitmentStatus[c.status],
    percent(c.progress),
    `${c.actions.done} / ${c.actions.inProgress} / ${c.actions.late} / ${c.actions.notStarted}`,
    ratio(c.indicators.reached, c.indicators.total),
    c.budget.actionsWithBudget ? `${euros(c.budget.planned)} / ${euros(c.budget.spent)}` : '—',
  ]);
  return [
    heading(`Axe ${index + 1} — ${axis.title}`, 1, true),
    para(
      `Avancement : ${percent(axis.progress)}. ${axis.commitmentCounts.total} engagement(s), dont ${axis.commitmentCounts.byStatus.done} tenu(s). ` +
        `Actions : ${a.done} terminée(s), ${a.inProgress} en cours, ${a.late} en retard, ${a.notStarted} non engagée(s). ` +
        `Indicateurs : ${axis.indicators.reached} atteint(s), ${axis.indicators.onTrack} sur la trajectoire, ${axis.indicators.behind} en deçà. Budget : ${budgetLine(axis.budget)}.`,
    ),
    ...barChart(
      'Avancement des engagements',
      axis.commitments.map((c) => ({ label: `${c.reference} ${c.title}`, value: c.progress ?? 0, shown: percent(c.progress), color: axis.color.slice(1) })),
      100,
    ),
    dataTable(['Réf.', 'Engagement', 'Statut', 'Avancement', 'Actions (terminées / en cours / en retard / non engagées)', 'Indicateurs atteints', 'Budget prévu / consommé'], rows, [7, 31, 10, 10, 16, 10, 16]),
  ];
}

/** The two views confronted: elected officials against the administration. */
export function viewsSection(bilan: BilanDto): Block[] {
  const blocks: Block[] = [heading('Les deux regards : élus et administration', 1, true)];
  if (!bilan.views.elected) return [...blocks, para('Aucune auto-évaluation des élus n’a encore été recueillie : la confrontation des regards sera possible après la campagne d’auto-évaluation.', { italics: true })];
  blocks.push(
    para(
      `Regard des élus : campagne « ${bilan.views.elected.title} » (${bilan.views.elected.respondents} répondant(s)). ` +
        (bilan.views.review ? `Regard de l’administration : revue « ${bilan.views.review.title} », complétée par la feuille de route.` : 'Regard de l’administration : la feuille de route (aucune revue des actions recueillie).'),
    ),
  );
  if (bilan.views.gaps.length === 0) return [...blocks, para('Aucun engagement n’a été évalué des deux côtés.', { italics: true })];
  const rows = bilan.views.gaps.slice(0, 20).map((g) => [g.reference, g.title, `${frenchNumber(g.electedScore)} / 5 (${percent(g.electedProgress)})`, percent(g.administrationProgress), `${g.difference > 0 ? '+' : ''}${frenchNumber(g.difference)} pts`]);
  return [...blocks, para('Les engagements où les regards divergent le plus :'), dataTable(['Réf.', 'Engagement', 'Élus', 'Administration', 'Écart'], rows, [8, 44, 18, 15, 15])];
}

/** The gaps: explained, then still to explain. */
export function gapsSection(bilan: BilanDto): Block[] {
  const blocks: Block[] = [heading('Les écarts au programme', 1, true), heading('Écarts justifiés', 2)];
  if (bilan.justifiedGaps.length === 0) blocks.push(para('Aucun écart justifié.', { italics: true }));
  for (const g of bilan.justifiedGaps) blocks.push(heading(`${g.reference} — ${g.title}`, 3), para(`${LABELS.gapReason[g.reason]} — avancement ${percent(g.progress)}.`, { italics: true }), ...paragraphsOf(g.justification ?? ''));
  blocks.push(heading('Écarts restant à expliquer', 2));
  if (bilan.gapsToExplain.length === 0) blocks.push(para('Chaque écart a reçu son explication.', { italics: true }));
  for (const g of bilan.gapsToExplain) blocks.push(bullet(`${g.reference} — ${g.title} : ${LABELS.gapReason[g.reason]}, avancement ${percent(g.progress)}.`));
  return blocks;
}

/** What the population and the other meetings said. */
export function voiceSection(bilan: BilanDto): Block[] {
  const v = bilan.voice;
  const blocks: Block[] = [heading('La parole des habitants', 1, true)];
  if (v.count === 0) return [...blocks, para('Aucun retour n’a encore été enregistré.', { italics: true })];
  blocks.push(para(`${v.count} retour(s) enregistré(s), dont ${v.citizen} issu(s) d’ateliers citoyens et de consultations ; ${frenchNumber(v.participants)} participation(s) ; ${v.commitmentsLinked} engagement(s) concerné(s).`));
  blocks.push(...barChart('Thèmes les plus abordés', v.themes.map((t) => ({ label: t.theme, value: t.count, shown: frenchNumber(t.count) })), Math.max(1, ...v.themes.map((t) => t.count))));
  const rows = v.records.map((f) => [frenchDate(f.date), f.title, LABELS.feedbackKind[f.kind], f.participants === undefined ? '—' : frenchNumber(f.participants), f.themes.join(', ')]);
  return [...blocks, dataTable(['Date', 'Rencontre', 'Nature', 'Participants', 'Thèmes'], rows, [14, 36, 18, 12, 20])];
}

/** The 1,607 hours: hours freed and their use, per service and overall. */
export function workingTimeSection(bilan: BilanDto): Block[] {
  const w = bilan.workingTime;
  const blocks: Block[] = [heading('Le temps de travail : les 1 607 heures', 1, true)];
  if (!w.campaign) return [...blocks, para('La campagne sur l’usage du temps dégagé par le passage aux 1 607 heures n’a pas encore reçu de réponse.', { italics: true })];
  blocks.push(para(`${w.total.services} service(s) ont répondu à la campagne « ${w.campaign.title} » : ${frenchNumber(w.total.hoursFreed)} heures dégagées par an.`));
  const uses = ['better_service', 'new_projects', 'quality_of_life', 'other'] as const;
  blocks.push(...barChart('Usage du temps dégagé', uses.map((u) => ({ label: LABELS.timeUse[u], value: w.total.split[u], shown: `${percent(w.total.split[u])} (${frenchNumber(w.total.hours[u])} h)` })), 100));
  const rows = w.services.map((s) => [s.serviceName, frenchNumber(s.hoursFreed), ...uses.map((u) => `${frenchNumber(s.hours[u])} h`)]);
  return [...blocks, dataTable(['Service', 'Heures dégagées', ...uses.map((u) => LABELS.timeUse[u])], rows, [28, 12, 15, 15, 15, 15])];
}

/** The annex: every indicator, its baseline, target, latest measure and state. */
export function indicatorAnnex(indicators: readonly PublicIndicator[]): Block[] {
  const blocks: Block[] = [heading('Annexe : les indicateurs', 1, true)];
  if (indicators.length === 0) return [...blocks, para('Aucun indicateur n’est suivi.', { italics: true })];
  const value = (v: number, date: string) => `${frenchNumber(v)} (${frenchDate(date)})`;
  const rows = indicators.map((i) => [
    i.commitmentReference ?? '—',
    i.name,
    i.unit,
    value(i.baselineValue, i.baselineDate),
    value(i.targetValue, i.targetDate),
    i.latest ? value(i.latest.value, i.latest.date) : '—',
    LABELS.indicatorState[i.state],
  ]);
  return [...blocks, dataTable(['Engagement', 'Indicateur', 'Unité', 'Référence', 'Cible', 'Dernière mesure', 'Situation'], rows, [9, 29, 9, 14, 14, 14, 11])];
}
