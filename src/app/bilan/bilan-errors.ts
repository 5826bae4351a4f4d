import { DomainError } from '../../domain/errors.js';
import type { LocalizedText } from '../../domain/validation/messages.js';

/** A failure of the bilan's exports or snapshots that the caller cannot fix, with what to tell them. */
export abstract class BilanServiceError extends DomainError {
  abstract readonly messages: LocalizedText;
}

/** A snapshot read back does not match the fingerprint taken with it (or cannot be decoded): it is not served. */
export class SnapshotCorruptError extends BilanServiceError {
  readonly code = 'snapshot_corrupt';
  readonly messages = {
    fr: 'Cet instantané ne peut pas être relu intact (empreinte SHA-256 différente) : il n’est pas servi. Prévenez l’administrateur.',
    en: 'This snapshot cannot be read back intact (SHA-256 mismatch): it is not served. Tell the administrator.',
  };
}

/** The store in use keeps no snapshots (yet). */
export class SnapshotsUnavailableError extends BilanServiceError {
  readonly code = 'snapshots_unavailable';
  readonly messages = {
    fr: 'Le stockage utilisé ne conserve pas encore les instantanés.',
    en: 'The store in use does not keep snapshots yet.',
  };
}

/** Chromium, which prints the PDF, is missing or would not start. */
export class PdfUnavailableError extends BilanServiceError {
  readonly code = 'pdf_unavailable';
  readonly messages = {
    fr: 'Le PDF ne peut pas être produit : Chromium est absent ou n’a pas démarré sur le serveur (variable CHROMIUM_PATH). La version HTML publique reste disponible.',
    en: 'The PDF cannot be produced: Chromium is missing or failed to start on the server (CHROMIUM_PATH). The public HTML version is still available.',
  };
}
