// The campaign model in one import; index.ts (the state machines) predates it and is left as it was.
export * from './audience-resolve.js';
export * from './audience.schema.js';
export * from './campaign-messages.js';
export * from './campaign-validate.js';
export * from './campaign.schema.js';
export * from './delivery.schema.js';
export * from './localized-label.schema.js';
export * from './proposal.schema.js';
export * from './question.schema.js';
export * from './response.schema.js';
export * from './pagination.js';
