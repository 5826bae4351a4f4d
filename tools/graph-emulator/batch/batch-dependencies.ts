import { badRequest } from '../http/graph-error.js';
import type { BatchMember } from './batch-request.js';

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * Refuses the dependency graphs Graph refuses. A member may depend on one member only, one that comes before it in
 * the batch ("Invalid dependency for request Id …": microsoftgraph/msgraph-sdk-dotnet-core#891,
 * msgraph-sdk-java-core#71), and the batch as a whole must be one of the three shapes of Graph's known JSON batching
 * limitation, the ones the Graph SDK's BatchRequestContent.validateDependencies accepts: parallel (no dependsOn),
 * serial (each member on the one before it) or same (every other member on the first). Anything else is a 400
 * "Batch should be either fully sequential or fully parallel." (microsoftgraph/microsoft-graph-docs#16280).
 */
export function assertAcceptedDependencies(members: readonly BatchMember[]): void {
  members.forEach((member, index) => {
    if (member.dependsOn.length === 0) return;
    const earlier = members.slice(0, index);
    const forward = member.dependsOn.find((d) => !earlier.some((m) => same(m.id, d)));
    if (member.dependsOn.length > 1 || forward !== undefined) {
      throw badRequest(`Invalid dependency for request Id ${member.id}: a request can depend on one request that comes before it in the batch.`);
    }
  });
  const dependsOn = (member: BatchMember | undefined, id: string | undefined): boolean =>
    member !== undefined && id !== undefined && member.dependsOn.length === 1 && same(member.dependsOn[0]!, id);
  const parallel = members.every((m) => m.dependsOn.length === 0);
  const serial = members.every((m, i) => (i === 0 ? m.dependsOn.length === 0 : dependsOn(m, members[i - 1]?.id)));
  const onFirst = members.every((m, i) => (i === 0 ? m.dependsOn.length === 0 : dependsOn(m, members[0]?.id)));
  if (!parallel && !serial && !onFirst) throw badRequest('Batch should be either fully sequential or fully parallel.');
}
