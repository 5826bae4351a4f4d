import { connect, type SharePointConnection } from '../connection.js';
import { resolveSiteId } from '../store/site-lookup.js';
import { provisionSite, type ProvisionReport } from './provision-site.js';

export { describeStep, type ProvisionStep } from './provision-plan.js';
export type { ProvisionReport } from './provision-site.js';

/** `npm run provision`: creates or upgrades Cap Mandat's lists on the site; `dryRun` only reports the plan. */
export async function provisionSharePoint(options: SharePointConnection & { dryRun?: boolean }): Promise<ProvisionReport> {
  const { transport, policy, env } = connect(options);
  const siteId = await resolveSiteId(transport, options.site);
  return provisionSite(transport, siteId, { dryRun: options.dryRun === true, policy, env });
}
