import type { Clock, IdGenerator } from '../ports/clock.port.js';
import type { PdfRenderer } from '../ports/pdf.port.js';
import type { RoadmapStore } from '../ports/store.port.js';
import { AuditLog } from './audit/audit-log.js';
import { createBilanServices, type BilanServices } from './bilan/bilan-services.js';
import { CapMandatBot } from './campaigns/bot-application.js';
import { CampaignService } from './campaigns/campaign.service.js';
import { DigestBuilder } from './campaigns/digest.js';
import { OutboxMessages } from './campaigns/outbox-messages.js';
import { ProposalService } from './campaigns/proposal.service.js';
import { QuestionnaireService } from './campaigns/questionnaire/questionnaire.service.js';
import { ImportService } from './import/import.service.js';
import { RecordService } from './records/record.service.js';
import { DashboardService } from './roadmap/dashboard.service.js';
import { RoadmapDataSource } from './roadmap/roadmap-data.source.js';
import { RoadmapService } from './roadmap/roadmap.service.js';

/** The application services, wired on a store. */
export interface AppServices {
  records: RecordService;
  roadmap: RoadmapService;
  dashboard: DashboardService;
  importer: ImportService;
  audit: AuditLog;
  campaigns: CampaignService;
  proposals: ProposalService;
  questionnaire: QuestionnaireService;
  bot: CapMandatBot;
  outbox: OutboxMessages;
  digest: DigestBuilder;
  /** The bilan de mi-mandat: figures, snapshots, exports. */
  bilan: BilanServices;
}

/** Options of the wiring. */
export interface ServiceOptions {
  /** Called when something was queued in the outbox (the dispatcher looks at once). */
  wakeDispatcher?: () => void;
  /** The tab's deep link, for buttons in cards. */
  tabUrl?: string;
  /** Prints the public page as PDF: Chromium (src/adapters/pdf), chosen by the composition root. */
  pdf: PdfRenderer;
  /** Where failures that must not reach the person are reported (e.g. turning answers into proposals). */
  onBackgroundError?: (error: unknown, what: string) => void;
}

/** Wires the application services on a store, a clock and an id generator. */
export function createServices(store: RoadmapStore, clock: Clock, ids: IdGenerator, options: ServiceOptions): AppServices {
  const source = new RoadmapDataSource(store, clock);
  const audit = new AuditLog(store.operations, clock, ids);
  const records = new RecordService(store, clock, ids, audit);
  const proposals = new ProposalService(store, records, clock, ids, audit);
  // Late answers are welcome until the campaign closes (the D+1 reminder asks for them); amending stops at the deadline.
  const questionnaire = new QuestionnaireService({
    store,
    clock,
    ids,
    submitted: (event) => proposals.submitted(event),
    onSubmittedError: (error) => options.onBackgroundError?.(error, 'proposals from a submitted response'),
    lateAnswers: 'accepted',
    ...(options.tabUrl ? { tabUrl: options.tabUrl } : {}),
  });
  const digest = new DigestBuilder(store, clock, options.tabUrl);
  // The dispatcher is composed later (it needs the Teams adapter): wake it through this indirection.
  const wake = (): void => options.wakeDispatcher?.();
  return {
    records,
    roadmap: new RoadmapService(source),
    dashboard: new DashboardService(store, source),
    importer: new ImportService(store, clock, audit),
    audit,
    campaigns: new CampaignService(store, clock, ids, audit, (delivery, lang) => questionnaire.cardFor(delivery, lang), wake),
    proposals,
    questionnaire,
    bot: new CapMandatBot(store, clock, questionnaire),
    outbox: new OutboxMessages(store, clock, questionnaire, digest),
    digest,
    bilan: createBilanServices(store, clock, ids, { audit, pdf: options.pdf }),
  };
}
