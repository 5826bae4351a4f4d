export { createTestCertificate } from './tls/certificate.js';
