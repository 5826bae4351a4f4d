/** The SharePoint store adapter: what composition roots import. */
export { openSharePointStore, type SharePointStore, type SharePointStoreOptions } from './store/sharepoint-store.js';
export { provisionSharePoint, describeStep, type ProvisionReport, type ProvisionStep } from './provision/provision.js';
export type { SharePointConnection } from './connection.js';
export type { EntraSettings, GraphCredential } from './graph/token-source.js';
export { StoreError, StoreThrottledError, StoreAccessDeniedError, StoreRequestError, StoreUnavailableError, StoreSchemaError } from './store-errors.js';
export { sharePointConnectionOf, type SharePointSettingsInput } from './store-options.js';
