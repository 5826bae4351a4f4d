import type { Campaign } from '../../domain/campaigns/campaign.schema.js';
import type { Delivery } from '../../domain/campaigns/delivery.schema.js';
import type { DeliveryFailure, DeliveryState } from '../../domain/campaigns/delivery-states.js';
import type { OutboxItem } from '../../domain/campaigns/outbox.schema.js';
import type { Person, Service, Stored } from '../../domain/entities/index.js';
import { EXCEL_FR, writeCsv } from '../export/csv.js';
import { isDeliveryLate } from './campaign-funnel.js';

/** One recipient of a campaign, as the Campagnes page lists them. */
export interface RecipientRow {
  deliveryId: string;
  personId: string;
  displayName: string;
  email?: string | undefined;
  services: string[];
  state: DeliveryState;
  failure?: DeliveryFailure | undefined;
  late: boolean;
  attempts: number;
  lastError?: string | undefined;
  sentAt?: string | undefined;
  openedAt?: string | undefined;
  answeredAt?: string | undefined;
  /** The next message waiting in the outbox for this recipient (card, reminder), if any. */
  nextSendAt?: string | undefined;
}

/** The recipients' rows, in the order of the audience. */
export function recipientRows(
  campaign: Campaign,
  deliveries: readonly Stored<Delivery>[],
  outbox: readonly OutboxItem[],
  people: ReadonlyMap<string, Person>,
  services: ReadonlyMap<string, Service>,
  today: string,
): RecipientRow[] {
  return deliveries.map((d) => {
    const person = people.get(d.personId);
    const mine = outbox.filter((o) => o.deliveryId === d.id);
    const card = mine.filter((o) => o.purpose === 'questionnaire').at(-1);
    const next = mine.filter((o) => o.state === 'pending').map((o) => o.notBefore).sort()[0];
    return {
      deliveryId: d.id,
      personId: d.personId,
      displayName: person?.displayName ?? d.personId,
      email: person?.email,
      services: (person?.serviceIds ?? []).map((id) => services.get(id)?.name ?? id),
      state: d.state,
      failure: d.failure,
      late: isDeliveryLate(d, campaign.deadline, today),
      attempts: Math.max(d.attempts, card?.attempts ?? 0),
      lastError: d.lastError ?? card?.lastError,
      sentAt: d.sentAt,
      openedAt: d.openedAt,
      answeredAt: d.answeredAt,
      nextSendAt: next,
    };
  });
}

const STATE_FR: Record<DeliveryState, string> = { queued: 'En file', sent: 'Envoyé', failed: 'Échec', answered: 'Répondu', late: 'En retard' };
const FAILURE_FR: Record<DeliveryFailure, string> = {
  app_not_installed: 'Application non installée',
  recipient_not_found: 'Destinataire introuvable',
  blocked: 'A bloqué le bot',
  too_large: 'Message trop volumineux',
  other: 'Autre erreur',
};

/** The recipients' status as CSV (French headings, formulas neutralised). */
export function recipientsCsv(rows: readonly RecipientRow[]): string {
  return writeCsv(
    ['Nom', 'Courriel', 'Services', 'Statut', 'Motif de l’échec', 'En retard', 'Tentatives', 'Dernière erreur', 'Envoyé le', 'Ouvert le', 'Répondu le'],
    rows.map((r) => [
      r.displayName,
      r.email,
      r.services.join(', '),
      STATE_FR[r.state],
      r.failure ? FAILURE_FR[r.failure] : '',
      r.late ? 'oui' : 'non',
      r.attempts,
      r.lastError,
      r.sentAt,
      r.openedAt,
      r.answeredAt,
    ]),
    EXCEL_FR,
  );
}
