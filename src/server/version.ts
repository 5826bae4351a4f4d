/** The release, reported by /api/health and the OpenAPI description. */
export const APP_VERSION = '0.1.0';
